"""Which reads the contract family better on requests it was not tuned to: the lexicon rules, or a
nearest-neighbour classifier over the local MiniLM embeddings (the retrieval model in .models/)?

    .venv/bin/python bench/family_classifier.py [--train tune] [--test eval]

The classifier's examples are every family's meta.json title, description and keywords plus the
training set's requests; it labels a request with the family of its nearest examples (cosine, k=3).
Requests that must be refused are left out (neither reader is asked to refuse them here).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SETS = {"tune": ROOT / "bench" / "requests-tune.jsonl", "eval": ROOT / "bench" / "requests-eval.jsonl",
        "holdout": ROOT / "bench" / "prompts-holdout.jsonl"}


def load(name: str) -> list[dict]:
    path = SETS.get(name, Path(name))
    cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [c for c in cases if not c.get("expect_error") and c.get("family") not in (None, "unsupported")]


def rules(prompt: str) -> str | None:
    from agents.generation import lexicon
    from agents.generation.spec_parser import detect_family

    return detect_family(lexicon.fold_text(prompt).text)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", default="tune")
    parser.add_argument("--test", action="append")
    args = parser.parse_args(argv)
    from agents.generation.composer import families, load_meta
    from agents.generation.retrieval import encoder

    examples: list[tuple[str, str]] = []
    for family in families():
        meta = load_meta(family)
        examples.append((family, f"{meta.get('title', '')}. {meta.get('description', '')}"))
        examples += [(family, keyword) for keyword in meta.get("keywords", [])]
    examples += [(c["family"], c["prompt"]) for c in load(args.train)]
    started = time.perf_counter()
    vectors = encoder().encode([text for _, text in examples])
    labels = [family for family, _ in examples]
    print(f"{len(examples)} examples embedded in {time.perf_counter() - started:.1f} s")

    def knn(prompt: str, k: int = 3) -> str:
        v = encoder().encode([prompt])[0]
        scores = vectors @ v
        best = np.argsort(-scores)[:k]
        return Counter(labels[i] for i in best).most_common(1)[0][0]

    for name in args.test or ["eval"]:
        cases = load(name)
        right = {"rules": 0, "minilm": 0}
        misses: dict[str, list[str]] = {"rules": [], "minilm": []}
        for c in cases:
            for reader, guess in (("rules", rules(c["prompt"])), ("minilm", knn(c["prompt"]))):
                if guess == c["family"]:
                    right[reader] += 1
                else:
                    misses[reader].append(f"{c['id']}:{guess}≠{c['family']}")
        print(f"== {name}: {len(cases)} requests")
        for reader in right:
            print(f"  {reader:<7} {right[reader]}/{len(cases)} = {right[reader] / len(cases):.1%}   misses: "
                  f"{', '.join(misses[reader]) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
