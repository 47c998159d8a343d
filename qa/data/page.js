// The page's behaviour for the chat's HTML (qa/cards.py writes the data attributes this reads).
(() => {
  const flash = (el) => { el.classList.add("tqa-flash"); setTimeout(() => el.classList.remove("tqa-flash"), 1600); };
  // [n] and strip ticks: open the card (and "more passages" when it is there), open its context, scroll to it.
  const showCard = (id) => {
    const card = document.getElementById(id);
    if (!card) return;
    const outer = card.parentElement && card.parentElement.closest("details");
    if (outer && !outer.open) outer.open = true;
    const context = card.querySelector("details.tqa-context");
    if (context) context.open = true;
    card.scrollIntoView({ block: "start", behavior: "auto" });
    flash(card);
  };
  // Play the card's recording from the highlight's time.
  const playFrom = (button) => {
    const media = button.closest(".tqa-player").querySelector("audio, video");
    const start = parseFloat(button.dataset.start || "0");
    const go = () => { media.currentTime = start; const p = media.play(); if (p && p.catch) p.catch(() => {}); };
    if (media.readyState >= 1) go(); else { media.addEventListener("loadedmetadata", go, { once: true }); media.load(); }
  };
  // Copy a citation. The clipboard API exists only on https or localhost: a server opened by its address on a
  // network (TQA_HOST=0.0.0.0) has none, and the button did nothing (trial37). Then the text is copied from a
  // hidden box, or where that fails too, the citation is selected for Ctrl+C.
  const copyCitation = (button) => {
    const text = button.dataset.copy;
    const done = () => { button.textContent = "Copied"; };
    const fallback = () => {
      const box = document.createElement("textarea");
      box.value = text;
      box.setAttribute("readonly", "");
      box.style.position = "fixed"; box.style.top = "0"; box.style.opacity = "0";
      document.body.appendChild(box);
      box.select();
      let copied = false;
      try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
      box.remove();
      if (copied) { done(); return; }
      const quote = button.parentElement && button.parentElement.querySelector(".tqa-cite");
      if (quote) { const range = document.createRange(); range.selectNodeContents(quote);
        const chosen = window.getSelection(); chosen.removeAllRanges(); chosen.addRange(range); }
      button.textContent = "Selected: press Ctrl+C to copy";
    };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  };
  document.addEventListener("click", (event) => {
    const ref = event.target.closest("[data-card]");
    if (ref) { event.preventDefault(); event.stopPropagation(); showCard(ref.dataset.card); return; }
    const play = event.target.closest(".tqa-play");
    if (play) { event.preventDefault(); playFrom(play); return; }
    const copy = event.target.closest("[data-copy]");
    if (copy) copyCitation(copy);
  }, true);
  // One recording at a time: a card's player started (by its ▶ button or its own controls) pauses the
  // others, which went on playing under it (trial39: three copies of one episode at once, from 3 cards).
  document.addEventListener("play", (event) => {
    const started = event.target;
    if (!started.closest || !started.closest(".tqa-player")) return;
    document.querySelectorAll(".tqa-player audio, .tqa-player video").forEach((media) => {
      if (media !== started && !media.paused) media.pause();
    });
  }, true);
  // The file boxes' pickers offer the files each box takes (window.tqaFilePicker, from app.FILE_PICKER). Gradio's
  // own file_types did this too, but refused any other file dropped on the box with a bare "Error" badge over the
  // good files chosen with it (ui62): now the server names each file it refuses.
  const setPickers = () => {
    for (const [id, accept] of Object.entries(window.tqaFilePicker || {})) {
      document.querySelectorAll(`#${id} input[type=file]`).forEach((input) => {
        if (input.getAttribute("accept") !== accept) input.setAttribute("accept", accept);
      });
    }
  };
  new MutationObserver(setPickers).observe(document.documentElement,
    { subtree: true, childList: true, attributes: true, attributeFilter: ["accept"] });
  // After an answer: the newest reply's top just under the page top, so its answer and first card show
  // above the question box.
  window.tqaShowLastReply = () => setTimeout(() => {
    const replies = document.querySelectorAll("#conversation .tqa-reply");
    if (replies.length) replies[replies.length - 1].scrollIntoView({ block: "start", behavior: "auto" });
  }, 50);
})();
