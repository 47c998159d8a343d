import json
W = "wh-biden-meeting-western-wildfires-2021-06-30.md"
S = "i2ml-random-forest-bagging-lecture.srt"
real = [
 ("What hourly pay were some federal firefighters getting before the announcement?", W, ["paid less than $13 an hour"], "who"),
 ("What minimum wage will federal wildland firefighters get under the retention incentives?", W, ["making at least $15 an hour"], "what"),
 ("How big a grant is going to Sonoma County for fire mitigation?", W, ["$37 million federal grant to Sonoma County"], "number"),
 ("What does BRIC stand for?", W, ["Building Resilient\nInfrastructure and Communities"], "define"),
 ("How many uncontained fires are burning this year compared with last year?", W, ["This year, there are 36 that are uncontained and burning"], "number"),
 ("How many firefighters are already deployed across the West?", W, ["about 9,000 firefighters deployed"], "number"),
 ("How small a fire can NOAA's satellites detect?", W, ["as small as the size of your dining room"], "what"),
 ("What will the new EPA app let people check?", W, ["information on air quality, smoke plumes, and public health guidance"], "what"),
 ("How hot did it get in the Willamette Valley?", W, ["reaching upwards of 117"], "number"),
 ("How many homes did Oregon lose in last year's fires?", W, ["more than 4,000 homes"], "number"),
 ("What did the heat dome last year lead to in California?", W, ["12,000 lightning strikes in\n24 hours"], "what"),
 ("Which countries sent help when the mutual aid system was stretched?", W, ["We were calling folks in Australia"], "which"),
 ("What anniversary did Biden mention about the Granite Mountain Hotshots?", W, ["That tragedy happened eight\nyears ago today"], "what"),
 ("What does bagging stand for?", S, ["begging is for bootstrap aggregation and", "bootstrapping and the yeah egging is for"], "define"),
 ("What are the points not drawn in a bootstrap sample called?", S, ["these points are called out of B so"], "define"),
 ("How does a bagging ensemble predict for regression?", S, ["predictions and just average them and"], "how"),
]
unans = [
 ("How much did the Lava Fire cost to put out?", W, "number"),
 ("How many trees does the lecturer recommend for a random forest?", S, "number"),
]
conv = []
out = open("trial60-A.jsonl", "w")
rows_real = []
for i, (q, t, g, c) in enumerate(real, 1):
    rows_real.append({"id": f"dev-trial60-{i:03d}", "question": q, "transcript": t, "gold_quotes": g,
                      "category": c, "kind": "trial60-A"})
rows_un = []
for i, (q, t, c) in enumerate(unans):
    rows_un.append({"id": f"dev-un-{5390+i}", "question": q, "transcript": t, "answerable": False,
                    "category": c, "kind": "trial60-A"})
for r in rows_real + rows_un:
    out.write(json.dumps(r, ensure_ascii=False) + "\n")
convs = [
 ("And how much bonus for those on the frontlines?", W,
  ["What minimum wage will federal wildland firefighters get under the retention incentives?"],
  ["additional 10 percent bonuses for those working on\nthe frontlines"]),
 ("And what did she ask for in FEMA individual assistance?", W,
  ["What did Governor Brown say about the Good Neighbor Authority?"],
  ["federal Individual Assistance be approved for\ndisaster mitigation activities for wildfire"]),
]
for i, (q, t, h, g) in enumerate(convs):
    out.write(json.dumps({"id": f"conv-dev-{5880+i}", "question": q, "transcript": t, "history": h,
                          "gold_quotes": g, "category": "follow-up", "kind": "trial60-A"},
                         ensure_ascii=False) + "\n")
out.close()
