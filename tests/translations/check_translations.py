#!/usr/bin/env python3
"""Fails while any translation is unfinished or stale.

Copies translations/*.ts to a temporary folder, runs lupdate over app/ and ui/
into the copies (the real files are left alone), and then checks every entry:

- no entry is unfinished: untranslated, or a source string lupdate had to add
  because the .ts file lacked it;
- no entry is obsolete or vanished (its string left the sources);
- each plural entry has as many forms as the language has (Chinese 1; German,
  French, Spanish 2; Arabic 6), none empty;
- each %1..%99 (or %L1..%L99, localised digits) of the source appears in its
  translation in the same form;
- QT_LAYOUT_DIRECTION is RTL for Arabic and LTR for the others.

Run translations/update.sh, translate what it reports, and run this again.
    check_translations.py --lupdate /usr/lib/qt6/bin/lupdate --source .
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"de": 2, "fr": 2, "es": 2, "zh_CN": 1, "ar": 6}
RIGHT_TO_LEFT = {"ar"}
PLACEHOLDER = re.compile(r"%(L?\d{1,2})")


def check_file(path, language):
    problems = []
    count = 0
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            where = f"{name}: {source[:70]!r}"
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "missing"):
                problems.append(f"unfinished  {where}")
                continue
            if kind in ("obsolete", "vanished"):
                problems.append(f"{kind:<11} {where}")
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if len(forms) != PLURAL_FORMS[language]:
                    problems.append(f"{len(forms)} plural forms, want {PLURAL_FORMS[language]}  {where}")
                texts = forms
            else:
                texts = [translation.text or ""]
            if any(not text.strip() for text in texts):
                problems.append(f"empty       {where}")
                continue
            wanted = set(PLACEHOLDER.findall(source))
            for text in texts:
                missing = wanted - set(PLACEHOLDER.findall(text))
                if missing:
                    problems.append(f"lacks %{', %'.join(sorted(missing))}  {where}")
                    break
            if source == "QT_LAYOUT_DIRECTION":
                direction = "RTL" if language in RIGHT_TO_LEFT else "LTR"
                if texts[0] != direction:
                    problems.append(f"QT_LAYOUT_DIRECTION is {texts[0]!r}, want {direction!r}")
    return count, problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", default="/usr/lib/qt6/bin/lupdate")
    parser.add_argument("--source", default=os.path.join(os.path.dirname(__file__), "..", ".."))
    args = parser.parse_args()
    source = os.path.abspath(args.source)
    originals = sorted(glob.glob(os.path.join(source, "translations", "parallax_*.ts")))
    languages = {os.path.basename(p)[len("parallax_"):-len(".ts")]: p for p in originals}
    if set(languages) != set(PLURAL_FORMS):
        print(f"expected .ts files for {sorted(PLURAL_FORMS)}, found {sorted(languages)}")
        return 1

    failed = 0
    with tempfile.TemporaryDirectory() as temp:
        copies = []
        for language, original in languages.items():
            copy = os.path.join(temp, os.path.basename(original))
            shutil.copyfile(original, copy)
            copies.append(copy)
        result = subprocess.run(
            [args.lupdate, "-locations", "none", "-no-ui-lines",
             os.path.join(source, "app"), os.path.join(source, "ui"), "-ts", *copies],
            capture_output=True, text=True)
        if result.returncode != 0:
            print(result.stdout, result.stderr)
            return 1
        for language, copy in zip(languages, copies):
            count, problems = check_file(copy, language)
            status = "ok" if not problems else f"{len(problems)} problem(s)"
            print(f"parallax_{language}.ts: {count} strings, {status}")
            for problem in problems[:200]:
                print(f"    {problem}")
            failed += bool(problems)
    passed = len(languages) - failed
    print(f"{passed} passed, {failed} failed")
    if failed:
        print("Refresh with `sh translations/update.sh`, translate the entries above, run again.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
