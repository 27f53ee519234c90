import json, re, sys
latin = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-]+$")
rows = []
for c in sorted(json.load(open(sys.argv[1])), key=lambda c: c["cca3"]):
    common = c["name"]["common"]
    names = [c["name"]["official"]] + c["altSpellings"]
    names = [n for n in names if n != common and n != c["cca2"] and "," not in n and latin.match(n)]
    # News writes "Britain" for "Great Britain".
    names += [n[len("Great "):] for n in names if n.startswith("Great ")]
    capitals = []
    for cap in c["capital"]:
        capitals.append(cap)
        if cap.endswith(" D.C."):
            capitals.append(cap[:-5])
    eng = c.get("demonyms", {}).get("eng", {})
    demonyms = [d.strip() for v in (eng.get("m", ""), eng.get("f", "")) for d in v.split(",") if d.strip()]
    row = [c["cca3"], c["cca2"], common, "|".join(dict.fromkeys(names)), "|".join(dict.fromkeys(capitals)), "|".join(dict.fromkeys(demonyms))]
    rows.append("\t".join(row))
print("# cca3\tcca2\tcommon name\tother names\tcapitals\tdemonyms (English)")
print("\n".join(rows))
