"""The shared rules of time: clock times ("14.30 Uhr", "14 h 30", "2:30 p.m."), dates
("3. Mai 2024", "3 mai 2024", "3 de mayo de 2024", 03.05.2024) and years with their
noun, each day and year in the case its context asks for."""

from __future__ import annotations

import re
from collections.abc import Callable

from audio.text.normalize import slavic
from audio.text.normalize.shared_base import RulesBase
from audio.text.normalize.spelling import spell


class DateRules(RulesBase):
    def times(self, text: str) -> str:
        def say(m: re.Match) -> str:
            hour, minute = int(m["h"]), m.groupdict().get("m")
            if hour > 24:
                return m[0]
            if m.groupdict().get("s") and self.words.clock_seconds:
                return self.words.clock_seconds.format(
                    hour=self.n.cardinal(hour), minute=self.n.cardinal(int(minute or 0)),
                    second=self.n.cardinal(int(m.groupdict()["s"] or 0)))
            said = self.n.cardinal(hour)
            for pattern, feminine in self.words.feminine_hours:
                said = re.sub(pattern, feminine, said)
            # the nouns a clock template names ({heure}, {час}), in the form the count asks for
            forms = {noun: self.plural(hour, names) for noun, names in self.words.plurals.items()}
            forms.update(self.grammar.clock_nouns(self, hour, int(minute or 0)))
            if not minute or minute == "00":
                words = self.words.clock_hour.format(hour=said, **forms)
            else:
                minutes = self.grammar.minute_names.get(int(minute)) or self.n.cardinal(
                    int(minute))
                minutes = self.grammar.minutes(minutes)
                words = self.words.clock.format(hour=said, minute=minutes, **forms)
            meridiem = (m.groupdict().get("mer") or "").lower().replace(" ", "")
            if meridiem:
                words += " " + self.grammar.meridiems.get(meridiem, spell(meridiem))
            return words

        # a span of time, "9:00-17:00": each time read, the word between ("13.30–14.00":
        # in _dotted_times)
        text = re.sub(r"(?<![\d.,:])(?P<a>\d{1,2}:[0-5]\d)\s?[–-]\s?(?P<b>\d{1,2}:[0-5]\d)"
                      r"(?![\d]|[.,:]\d)", rf"\g<a> {self.words.to} \g<b>", text)
        meridiems = "|".join(re.escape(k) for k in sorted(self.grammar.meridiems, key=len,
                                                          reverse=True))
        after = rf"(?:\s?h\b)?(?:\s?(?P<mer>{meridiems})(?!\w))?" if meridiems else ""
        if self.words.h_clock:  # 14 h 30, 14h30
            text = re.sub(r"(?<![\d:.,])(?P<h>\d{1,2})\s?h(?:\s?(?P<m>[0-5]\d))?\b", say, text)
        if self.grammar.dot_times:  # 12.15, 1.05 h, 1.00 p.m.: the decimal mark is a comma
            text = re.sub(rf"(?<![\d:.,])(?P<h>\d{{1,2}})\.(?P<m>[0-5]\d){after}(?![\d.,])",
                          say, text)
            # "01 h" is one o'clock; "3 h" stays a duration, for the units rule
            text = re.sub(r"(?<![\d:.,])(?P<h>0\d)\s?h(?!\w)", say, text)
        clock_word = rf"(?:\s?(?:{self.words.clock_words}))?" if self.words.clock_words else ""
        if self.words.clock_dot_before:  # 2.30 Uhr ("Uhr" read with it), 2.30 eftermiddag
            ends = rf"(?=\s(?:{self.words.clock_dot_before}))"
            if self.words.clock_words:
                ends = rf"\s?(?:{self.words.clock_words})(?!\w)|{ends}"
            text = re.sub(rf"(?<![\d:.,])(?P<h>\d{{1,2}})\.(?P<m>[0-5]\d)(?:{ends})", say, text)
        if not self.grammar.dot_times:
            text = self._dotted_times(text, say, clock_word)
        return re.sub(r"(?<![\d:.,])(?P<h>\d{1,2}):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?"
                      rf"{clock_word}{after}(?![\d:])", say, text)

    def _dotted_times(self, text: str, say: Callable[[re.Match], str], clock_word: str) -> str:
        """"kl. 17.45", "van 6.00 tot 0.30 uur", "13.30–14.00": where the decimal mark is a
        comma, an hour, a full stop and two digits of minutes is a time of day when a word
        for the clock stands before it (``clock_before``) or after it (``clock_words``), it
        is a full hour ("6.00"), an afternoon's ("14.30") or a span of time, and no amount's
        sign or unit stands beside it ("CHF 12.50", "2.30 m"). Otherwise it is a version
        ("Python 3.12": "drei Punkt zwölf"), or a day and month before a sentence's end
        ("den 3.11."), which the dates rule reads."""
        signs = sorted(self.words.currencies, key=len, reverse=True)
        amounts = "|".join(re.escape(a) for a in sorted(
            [*signs, *self.words.units, "%"], key=len, reverse=True))
        money_before = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, signs))})\.?\s?$",
                                  re.IGNORECASE)
        cue = re.compile(rf"(?<!\w)(?i:{self.words.clock_before or '(?!)'})\s*$")

        def read(m: re.Match, before: str) -> str:
            said = say(m)
            word = said.split()[0]  # "kl. 6.00": "klokken seks", not "klokken klokken seks"
            if not word[0].isdigit() and re.search(rf"(?<!\w){re.escape(word)}\s+$", before):
                said = said[len(word):].lstrip()
            return said

        def numbered(m: re.Match) -> str:  # "Kapitel 3.11", "Python 3.12"
            return f"{self.n.number(m['h'])} {self.words.dot} {self.n.number(m['m'])}"

        def timed(m: re.Match) -> str:
            before, after = m.string[max(0, m.start() - 12):m.start()], m.string[m.end():]
            if self._names_a_section(before):
                return numbered(m)
            cued = bool(cue.search(before))
            maybe_date = after.startswith(".") and 1 <= int(m["m"]) <= 12
            # "17.45 Uhr", "6.00", and afternoon hours ("14.30"): versions are rarely past 12
            clock = cued or m["m"] == "00" or m[0][-1].isalpha() or int(m["h"]) >= 13
            if money_before.search(before) or (
                    maybe_date and not cued and not self._after_a_name(before)):
                return m[0]
            return numbered(m) if not clock or maybe_date and not cued else read(m, before)

        time = r"(?<![\d:.,])(?P<h>[01]?\d|2[0-4])\.(?P<m>[0-5]\d)"
        alone = rf"(?!,?\d|\.\d|\s?(?:{amounts})(?!\w))"

        def span(m: re.Match) -> str:  # "13.30–14.00": both times, the word between
            first, second = (re.match(time, part) for part in (m["a"], m["b"]))
            assert first and second  # both matched the same pattern within the span
            return f"{read(first, m.string[:m.start()])} {self.words.to} {read(second, '')}"

        text = re.sub(rf"(?P<a>{time})\s?[–-]\s?(?P<b>{time.replace('?P<', '?P<b_')}){alone}",
                      span, text)
        return re.sub(rf"{time}{clock_word}{alone}", timed, text)

    def _after_a_name(self, before: str) -> bool:
        """Whether ``before`` ends with a capitalized word inside a sentence that is no
        article or sentence starter: "Python 3.12." is a version, "am 3.12." a date."""
        found = re.search(r"(?:^|([.!?:;]\s+)|\s)(\w+)\s+$", before)
        if not found or found[1] is not None or found.start(2) == 0 or not found[2][0].isupper():
            return False
        known = "|".join(filter(None, (self.words.ordinal_articles,
                                       self.grammar.sentence_starters)))
        return not (known and re.fullmatch(rf"(?i:{known})", found[2]))

    def _names_a_section(self, before: str) -> bool:
        """Whether ``before`` ends with a word that numbers sections: "Kapitel 3.11",
        "§ 2.10", "S. 4.12" (read "Seite" by now) are neither a time nor a date."""
        numbered = "|".join(re.escape(w) for w in {*self.words.references,
                                                   *self.words.references.values()})
        return bool(re.search(rf"(?:(?<!\w)(?:{numbered or '(?!)'})|§)\s*$", before[-16:],
                              re.IGNORECASE))

    def dates(self, text: str) -> str:
        months = self.words.months

        def spoken(m: re.Match, day: int, month: int, year: str | None) -> str:
            if not (1 <= day <= 31 and 1 <= month <= 12):
                return m[0]
            template = self.words.date if year else self.words.date_no_year
            said = self.grammar.agreeing_ordinal(self, day, m.string[:m.start()])
            if said is None:
                said = self.day(day, self._day_case(m))
            if year and self.grammar.year_case:  # две тысячи двадцать четвертого (года)
                zero = f"{self.n.cardinal(0)} " if len(year) == 2 and year[0] == "0" else ""
                year = zero + self.suffixed_ordinal(int(year), self.grammar.year_case)
            elif year:
                year = self.year(year)
            said = template.format(day=said, month=months[month - 1], year=year or "")
            return said + (" года" if m.groupdict().get("g") else "")

        def numeric(m: re.Match) -> str:
            return spoken(m, int(m["d"]), int(m["mo"]), m["y"])

        def named(m: re.Match) -> str:
            said = spoken(m, int(m["d"]), self._month_number(m["mon"]) or 0, m["y"])
            # the full stop after a month's whole name ends the sentence ("3 mai.")
            whole_name = m["mon"].lower() in (month.lower() for month in months)
            return said + "." if whole_name and m[0].endswith(".") and not m["g"] else said

        text = re.sub(r"(?<![\d.])(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?![\d-])",
                      numeric, text)
        years = r"\d{4}|\d\d" if self.grammar.year_case else r"\d{4}"  # 31.01.06: "ноль шестого"
        # "2024 г." after a date is "года": the year of a date is in the genitive
        noun = r"(?:\s?(?P<g>г\.|года)(?!\w))?" if self.grammar.year_case else "(?P<g>(?!))?"
        text = re.sub(r"(?<![\d.,/-])(?P<d>\d{1,2})(?P<sep>[./-])(?P<mo>\d{1,2})(?P=sep)"
                      rf"(?P<y>{years})(?!\d){noun}", numeric, text)
        if self.words.day_ordinal:  # "am 3.11. kam": a day and month, the year left out
            def day_and_month(m: re.Match) -> str:  # its full stop may end the sentence too
                before = m.string[:m.start()]
                if self._names_a_section(before) or self._after_a_name(before):
                    return m[0]
                return numeric(m) + ("." if self.sentence_ends(m.string[m.end():]) else "")

            text = re.sub(r"(?<![\d.,/-])(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<y>(?!))?(?![\d.])",
                          day_and_month, text)
        names = "|".join(sorted({*months, *(m[:3] for m in months)}, key=len, reverse=True))
        of_month = rf"(?:{self.words.day_month_joiner})?" if self.words.day_month_joiner else ""
        of_year = rf"(?:{self.words.month_year_joiner})?" if self.words.month_year_joiner else ""
        text = re.sub(rf"(?<![\d.,])(?P<d>\d{{1,2}})\.?[\s-]{of_month}(?P<mon>(?i:{names}))\.?"
                      rf"(?:,?[\s-]{of_year}(?P<y>\d{{4}}))?(?!\w){noun}", named, text)
        return re.sub(rf"(?<![\w.])(?P<mon>(?i:{names}))\.?\s(?P<d>\d{{1,2}})"  # abril 30
                      rf"(?:,?\s(?P<y>\d{{4}}))?(?![\w:.,]\d|\d)", named, text)

    def decades(self, text: str) -> str:
        """"1900-talet", "1990er-Jahren", "90-luvulla": the year (or the tens) as said,
        joined to the suffix that makes it a decade or a century."""
        suffixes = self.words.decade_suffixes
        if not suffixes:
            return text
        joined = rf"(?:-|'|’)?(?P<s>{suffixes})(?!\w)"
        text = re.sub(rf"(?<![\d.,])(?P<y>1\d{{3}}|20\d\d){joined}",
                      lambda m: self.year(m["y"]) + m["s"].replace("-", " "), text)
        return re.sub(rf"(?<![\d.,])(?P<y>[1-9]0){joined}",
                      lambda m: self.n.cardinal(m["y"]) + m["s"].replace("-", " "), text)

    def years(self, text: str) -> str:
        if not self.grammar.year_nouns:
            return text
        return slavic.years(text, self.n.inflected, self.grammar.year_nouns,
                            self.words.dative_before or "(?!)")

    def _day_case(self, m: re.Match) -> str:
        """The case of a date's day by the words around it: "dative" after German "am",
        Russian "к"; in Russian also "nominative" or "genitive"; "" where nothing says."""
        before = m.string[:m.start()]
        if self.words.dative_before and re.search(self.words.dative_before, before):
            return "dative"
        return self.grammar.day_case(before, m.string[m.end():])

    def _month_number(self, name: str) -> int | None:
        for number, month in enumerate(self.words.months, 1):
            if month.lower().startswith(name.lower().rstrip(".")):
                return number
        return None
