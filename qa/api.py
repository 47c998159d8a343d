"""The library API: the only module the CLI and the UI import.

    >>> from qa.api import TranscriptQA
    >>> from qa.config import Settings
    >>> tqa = TranscriptQA(Settings(index_dir="my-index"))
    >>> tqa.ingest(["corpus/"])                       # IngestReport(added=(...), ...)
    >>> answer = tqa.ask("How many US diplomats must leave Russia?")
    >>> answer.citations[0].speaker                     # 'Sergey Lavrov'
"""
# CONTRACT (being implemented by the lead; signatures are fixed):
#
# class TranscriptQA:
#     def __init__(self, settings: Settings | None = None)
#         Opens settings.index_dir (an empty index when the folder does not exist yet). The encoder loads lazily.
#         Raises IndexMismatchError if the folder was built with another model/segmenting settings
#         (message says: run `tqa ingest --rebuild ...`), TqaError if an index file is corrupt.
#     settings: Settings
#     def ingest(self, paths, *, rebuild=False, progress=None) -> IngestReport
#         paths: files or folders. progress(done: int, total: int, what: str) is called as passages embed.
#         Bad files land in IngestReport.errors; the index keeps everything else. A folder's transcripts
#         that vanished from it are removed.
#     def ingest_bytes(self, name: str, data: bytes, *, progress=None) -> IngestReport
#         For uploads: saves nothing to disk except the index (the UI copies the file to the corpus itself).
#     def remove(self, name: str) -> None
#     def ask(self, question: str, *, history: Sequence[str] = (), k: int | None = None,
#             transcripts: Sequence[str] | None = None, speakers: Sequence[str] | None = None,
#             mode: str | None = None, dense_weight: float | None = None) -> Answer
#     def list_transcripts(self) -> list[TranscriptInfo]
#     def transcript_text(self, name: str) -> str       # the file's text per the offset convention
#     def context(self, transcript: str, start_char: int, end_char: int, *, before: int = 2,
#                 after: int = 2) -> list[ContextTurn]
#     def speakers(self, transcripts: Sequence[str] | None = None) -> list[str]
