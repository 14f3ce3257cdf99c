"""The shared rules of time: clock times ("14.30 Uhr", "14 h 30", "2:30 p.m."), dates
("3. Mai 2024", "3 mai 2024", "3 de mayo de 2024", 03.05.2024) and years with their
noun, each day and year in the case its context asks for."""

from __future__ import annotations

import re

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
        if self.words.clock_dot_before:  # 2.30 Uhr, 2.30 eftermiddag
            text = re.sub(rf"(?<![\d:.,])(?P<h>\d{{1,2}})\.(?P<m>[0-5]\d)"
                          rf"(?=\s(?:{self.words.clock_dot_before}))", say, text)
        clock_word = rf"(?:\s?(?:{self.words.clock_words}))?" if self.words.clock_words else ""
        return re.sub(r"(?<![\d:.,])(?P<h>\d{1,2}):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?"
                      rf"{clock_word}{after}(?![\d:])", say, text)

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
        names = "|".join(sorted({*months, *(m[:3] for m in months)}, key=len, reverse=True))
        of_month = rf"(?:{self.words.day_month_joiner})?" if self.words.day_month_joiner else ""
        of_year = rf"(?:{self.words.month_year_joiner})?" if self.words.month_year_joiner else ""
        text = re.sub(rf"(?<![\d.,])(?P<d>\d{{1,2}})\.?[\s-]{of_month}(?P<mon>(?i:{names}))\.?"
                      rf"(?:,?[\s-]{of_year}(?P<y>\d{{4}}))?(?!\w){noun}", named, text)
        return re.sub(rf"(?<![\w.])(?P<mon>(?i:{names}))\.?\s(?P<d>\d{{1,2}})"  # abril 30
                      rf"(?:,?\s(?P<y>\d{{4}}))?(?![\w:.,]\d|\d)", named, text)

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
