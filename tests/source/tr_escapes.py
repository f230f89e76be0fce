#!/usr/bin/python3
"""Fails when a translatable literal holds a \\u escape followed by a hex digit.

C++ reads exactly four hex digits after \\u, so tr("Mon\\u2013Fri") is
"Mon–Fri" in the program. lupdate reads on while the digits last: its
catalogue key becomes "Mon" + U+2013F (shown as "MonĿri"), the translation is
filed under that key and never matches what the program asks for. The fix is
the literal character in the UTF-8 source ("Mon–Fri").

Every string literal inside tr(), translate(), QT_TR_NOOP() and friends is
checked, the context and disambiguation arguments too: lupdate reads them all.

    tr_escapes.py [--self-test] DIR...
"""

import pathlib
import re
import sys

TRANSLATING_CALLS = re.compile(
    r"\b(?:tr|trUtf8|translate|qsTr|qsTranslate|qtTrId|QT_TR_NOOP|QT_TR_N_NOOP"
    r"|QT_TRANSLATE_NOOP|QT_TRANSLATE_NOOP3|QT_TRANSLATE_N_NOOP|QT_TRID_NOOP)\s*\(")
# A \u escape (not an escaped backslash before a "u") whose four digits are
# followed by a fifth hex digit.
GREEDY_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\u[0-9A-Fa-f]{4}[0-9A-Fa-f]")
SOURCE_SUFFIXES = {".cpp", ".h", ".hpp", ".cc", ".cxx"}


def blank_comments(text):
    """The text with comments replaced by spaces (newlines kept), so line
    numbers still match; string and character literals are left alone."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            out.append(" " * (end - i))
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        elif c == '"' or (c == "'" and not is_digit_separator(text, i)):
            end = literal_end(text, i)
            out.append(text[i:end])
            i = end
        else:
            out.append(c)
            i += 1
    return "".join(out)


def is_digit_separator(text, quote):
    """Whether the ' at `quote` separates digits (C++14: 30'000, 0xFF'FF),
    not opening a character literal: it is inside a number, a token that
    starts with a digit. u'x', u8'x' and L'x' are character literals."""
    start = quote
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'."):
        start -= 1
    return start < quote and (text[start].isdigit()
                               or text[start] == "." and text[start + 1].isdigit())


def literal_end(text, start):
    """Index just past the quoted literal opening at `start`."""
    quote = text[start]
    i = start + 1
    while i < len(text) and text[i] != quote and text[i] != "\n":
        i += 2 if text[i] == "\\" else 1
    return min(i + 1, len(text))


def call_literals(text, open_paren):
    """(offset, body) of each plain string literal between the call's "(" at
    `open_paren` and its matching ")"."""
    depth = 0
    i = open_paren
    found = []
    while i < len(text):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                break
        elif c == "'" and not is_digit_separator(text, i):
            i = literal_end(text, i)
            continue
        elif c == '"':
            end = literal_end(text, i)
            raw = text[i - 1] == "R" if i > 0 else False
            if not raw:
                found.append((i, text[i + 1:end - 1]))
            i = end
            continue
        i += 1
    return found


def problems_in(text, name):
    """"name:line: ..." for every greedy escape in a translatable literal."""
    code = blank_comments(text)
    problems = []
    for call in TRANSLATING_CALLS.finditer(code):
        for offset, body in call_literals(code, call.end() - 1):
            for escape in GREEDY_ESCAPE.finditer(body):
                line = code.count("\n", 0, offset) + 1
                sequence = escape.group(0).lstrip("\\")
                problems.append(
                    f"{name}:{line}: \"\\{sequence}\" in a translatable literal: lupdate "
                    f"reads all five hex digits; write the character itself")
    return problems


def self_test():
    """The checker finds what it must and nothing else, on inline samples."""
    bad = 'x = tr("Mon\\u2013Fri");\nQT_TR_NOOP("a\\u2026b") ;\n'
    assert len(problems_in(bad, "bad")) == 2, problems_in(bad, "bad")
    split = 'Words::tr("first line "\n          "Mon\\u2013Fri")\n    .arg(1);\n'
    assert [p.split(":")[1] for p in problems_in(split, "s")] == ["2"], problems_in(split, "s")
    fine = ('tr("Mon–Fri"); tr("\\u201c%1\\u201d"); tr("\\u2013 x");\n'
            'QStringLiteral("\\u2013F"); // tr("\\u2013F")\n'
            '/* tr("\\u2013F") */ tr("\\\\u2013F");\n')
    assert problems_in(fine, "fine") == [], problems_in(fine, "fine")
    # A digit separator opens no character literal: not one running to the
    # apostrophe in the comment (leaving the comment's tr() unblanked), nor
    # one hiding the rest of a call's arguments.
    separated = ('n = 30\'000; // don\'t tr("\\u2013F")\n'
                 'tr(n > 0x1\'F ? "Mon\\u2013Fri" : "");\n')
    assert [p.split(":")[1] for p in problems_in(separated, "d")] == ["2"], \
        problems_in(separated, "d")
    # Prefixed character literals still are literals: u')' closes no call.
    prefixed = 'tr(c == u\')\' ? "x" : "Mon\\u2013Fri"); d = u8\'/\'; e = L\'/\';\n'
    assert len(problems_in(prefixed, "p")) == 1, problems_in(prefixed, "p")


def main(argv):
    self_test()
    dirs = [pathlib.Path(arg) for arg in argv[1:] if arg != "--self-test"]
    if "--self-test" in argv:
        print("self-test passed")
        return 0
    if not dirs:
        print(__doc__, file=sys.stderr)
        return 2
    problems = []
    checked = 0
    for root in dirs:
        if not root.is_dir():
            print(f"{root}: not a directory", file=sys.stderr)
            return 2
        for path in sorted(root.rglob("*")):
            if path.suffix in SOURCE_SUFFIXES and path.is_file():
                checked += 1
                problems += problems_in(path.read_text(encoding="utf-8"), str(path))
    if checked == 0:
        print(f"no C++ sources under {' '.join(map(str, dirs))}", file=sys.stderr)
        return 2
    for problem in problems:
        print(problem)
    print(f"{checked} files checked, {len(problems)} greedy \\u escapes in translatable literals")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
