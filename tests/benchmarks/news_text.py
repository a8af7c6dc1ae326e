"""Synthetic news-like text for benchmarks: varied words, numbers, quotes, names."""

from __future__ import annotations

import random

WORDS = (
    "government minister said officials reported on Tuesday the city council agreed "
    "protesters gathered near parliament while police estimated about thousands people "
    "residents economy inflation rose percent according to figures released by the "
    "central bank analysts expect talks to resume next week in Geneva after months of "
    "negotiations over water rights border security refugees aid convoy reached"
).split()


def paragraph(rng: random.Random, words: int = 30) -> str:
    chosen = [rng.choice(WORDS) for _ in range(words - 4)]
    chosen.insert(rng.randrange(len(chosen)), f"{rng.randint(2, 999)},{rng.randint(100, 999)}")
    chosen.insert(rng.randrange(len(chosen)), f'"{rng.choice(WORDS)} {rng.choice(WORDS)}"')
    sentence = " ".join(chosen)
    return sentence[0].upper() + sentence[1:] + "."


def report_text(paragraphs: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    body = "\n\n".join(paragraph(rng) for _ in range(paragraphs))
    return "Talks on water rights resume in Geneva after 14 months\n\n" + body + "\n"
