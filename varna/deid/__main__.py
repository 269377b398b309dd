"""Command line: ``python -m varna.deid scan|redact [TEXT | - | --jsonl FILE]``.

``scan --jsonl IN.jsonl`` is a stable contract: one output line per input line, in order,
``{"id": ..., "entities": [{"start", "end", "label"}]}``.
"""

from __future__ import annotations

import argparse
import json
import sys

from .engine import Config, redact, scan

_BOLD, _RESET = "\033[1;31m", "\033[0m"


def _read_text(arg: str | None) -> str:
    if arg is None or arg == "-":
        return sys.stdin.read()
    return arg


def _mark(text: str, config: Config, *, colour: bool) -> str:
    out: list[str] = []
    pos = 0
    for f in scan(text, config=config):
        out.append(text[pos : f.start])
        body = f"{_BOLD}{f.text}{_RESET}" if colour else f.text
        out.append(f"[{body}|{f.label}]")
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


def _jsonl(path: str, config: Config) -> None:
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    write = sys.stdout.write
    with stream:
        for line in stream:
            if not line.strip():
                continue
            row = json.loads(line)
            ents = [f.as_dict() for f in scan(row.get("text", ""), config=config)]
            write(json.dumps({"id": row.get("id"), "entities": ents}, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m varna.deid", description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("scan", "redact"))
    ap.add_argument("text", nargs="?", help="text to check; '-' or nothing reads stdin")
    ap.add_argument("--jsonl", metavar="FILE", help="scan JSON lines {id, text}; '-' is stdin")
    ap.add_argument(
        "--allow-phone",
        action="append",
        default=[],
        metavar="NUMBER",
        help="a phone number that is the municipality's own (repeatable)",
    )
    a = ap.parse_args(argv)
    config = Config(allowed_phone_numbers=tuple(a.allow_phone))
    if a.jsonl:
        if a.command != "scan":
            ap.error("--jsonl works with scan only")
        _jsonl(a.jsonl, config)
        return 0
    text = _read_text(a.text)
    if a.command == "redact":
        sys.stdout.write(redact(text, config=config) + ("" if text.endswith("\n") else "\n"))
    else:
        result = _mark(text, config, colour=sys.stdout.isatty())
        sys.stdout.write(result + ("" if result.endswith("\n") else "\n"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
