"""Run vnie from Python over JSON Lines: send {"id", "text"} objects to
`vnie --jsonl` and read one Article (or {"source", "error"}) per line, in
the same order.

    go build -o vnie ./cmd/vnie
    python3 examples/python/vnie_jsonl.py ./vnie testdata/seeds/*.txt
"""
import json
import subprocess
import sys


def extract(vnie, articles):
    """articles: iterable of (id, text). Yields (id, result dict)."""
    lines = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in articles)
    out = subprocess.run([vnie, "--jsonl", "--quiet"], input=lines, capture_output=True,
                         text=True, encoding="utf-8")
    if out.returncode == 2:
        raise RuntimeError(out.stderr)
    for line in out.stdout.splitlines():  # exit 1 only means some lines hold "error"
        result = json.loads(line)
        yield result["source"], result


if __name__ == "__main__":
    vnie, paths = sys.argv[1], sys.argv[2:]
    texts = [(p, open(p, encoding="utf-8").read()) for p in paths]
    for source, r in extract(vnie, texts):
        if "error" in r:
            print(source, "error:", r["error"])
        else:
            print(source, len(r["documents"]), "documents,", len(r["dates"]), "dates,",
                  len(r["officials"]), "officials,", len(r["counts"]), "counts")
