"""Site furniture that trails pasted articles, and bylines: the rules in one place.

Each rule matches one whole short line. Only a run of such lines at the very
end of an article is removed, so a real last paragraph that merely starts with
"Share" or "Subscribe" is kept.
"""

from __future__ import annotations

import re

from audio.text.counting import word_count

_MAX_LINE = 120  # furniture lines are short; a longer line is prose

TRAILING_RULES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"share (this|on|via)\b.*",
        r"share\s*:?",
        r"(tweet|email|print) this( article| story)?\.?",
        r"subscribe( now| today)?( to (our|the) .*newsletter.*)?[.!]?",
        r"subscribe to our .*",
        r"sign up for (our|the) .*",
        r"join the (conversation|discussion|debate)\b.*",
        r"(leave|post|add) a comment\b.*",
        r"comments? (are|is) (open|closed)\b.*",
        r"\d+ comments?",
        r"follow us on .*",
        r"(related|more) (stories|articles|reading)\s*:?",
        r"read more\s*:?.*",
        r"advertisement",
        r"(©|\(c\)|copyright)\s.*",
        r"all rights reserved\.?",
        r"thanks? (you )?for reading[.!]?.*",
        r"(enjoyed|liked?) (this|the) (post|article|story|piece)\??.*",
        # the same lines in the other languages papercast reads
        r"(teilen sie )?(diesen|den) (artikel|beitrag)( teilen)?\s*:?",
        r"partage[rz]? (cet|cette|ce) (article|publication|billet)\s*:?",
        r"comparte? (este|esta) (art[ií]culo|nota|publicaci[oó]n)\s*:?",
        r"condividi (questo )?(articolo|post)\s*:?",
        r"compartilhe? (este|esta) (artigo|mat[eé]ria)\s*:?",
        r"deel (dit|deze) (artikel|bericht)\s*:?",
        r"dela (denna|den h[aä]r) artikel\s*:?",
        r"del (denne|artiklen|artikkelen)\b.*",
        r"jaa (tämä )?artikkeli\s*:?",
        r"udost[eę]pnij( ten artyku[lł])?\s*:?",
        r"поделиться( статьей)?\s*:?",
        r"danke (f[uü]rs|f[uü]r das|f[uü]r's) lesen\s*[.!]?.*",
        r"merci (de|pour) (votre|la|ta) lecture\s*[.!]?.*",
        r"gracias por (leer|tu lectura)\s*[.!]?.*",
        r"grazie per (aver letto|la lettura)\s*[.!]?.*",
        r"obrigad[oa] por (ler|sua leitura)\s*[.!]?.*",
        r"bedankt voor het lezen\s*[.!]?.*",
        r"tack f[oö]r att du l[aä]ste\s*[.!]?.*",
        r"tak fordi du l[aæ]ste\s*[.!]?.*",
        r"takk for at du leste\s*[.!]?.*",
        r"kiitos (kun luit|lukemisesta)\s*[.!]?.*",
        r"dzi[eę]kuj[eę] za (przeczytanie|lektur[eę])\s*[.!]?.*",
        r"спасибо за (чтение|прочтение)\s*[.!]?.*",
        r"(jetzt )?abonnieren\b.*",
        r"abonnez-vous\b.*",
        r"suscr[ií]bete\b.*",
        r"iscriviti\b.*",
        r"assine (já|agora|a newsletter)\b.*",
        r"abonneer (je|nu)\b.*",
        r"prenumerera\b.*",
        r"tilaa uutiskirje\b.*",
        r"subskrybuj\b.*",
        r"подпи(шитесь|саться)\b.*",
        r"alle rechte vorbehalten\.?",
        r"tous droits r[eé]serv[eé]s\.?",
        r"todos los derechos reservados\.?",
        r"tutti i diritti riservati\.?",
        r"todos os direitos reservados\.?",
        r"alle rechten voorbehouden\.?",
        r"alla r[aä]ttigheter f[oö]rbeh[aå]llna\.?",
        r"все права защищены\.?",
    )
)
# Lines that are furniture wherever they stand, as a whole block amid the article too:
# an advertisement's label and links to other articles ("Read more: …", "Lesen Sie auch: …").
INLINE_RULES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"advertisements?|sponsored( content)?|anzeige|werbung|publicit[eé]|publicidad|"
        r"pubblicit[aà]|publicidade|advertentie|annons|annonse|annonce|mainos|reklama|реклама",
        r"(the )?(story|article) continues (below|after)( (the|this) )?(advertisement|ad)?\.?",
        # a picture's credit left standing as its own block: "Photo: Jon Berg/Reuters"
        r"\(?(photo|image|picture|illustration|foto|bild|imagen|immagine|imagem|zdj[eę]cie|"
        r"фото)s?( credit)?\s*(by|von|de|di|av|:|©)\s*[^.!?]{1,60}\)?|©\s*[^.!?]{1,60}",
        # a newsletter platform's buttons, which it puts amid a post too
        r"(subscribe|sign up)( now| today| for free)?[.!]?|share\s*:?|(leave|add) a comment[.!]?|"
        r"upgrade to paid[.!]?|give a gift subscription[.!]?|"
        r".{0,80}\bsubscribe for free to receive new posts\b.*",
        # a table of contents' heading, and the links back up the page
        r"(table of )?contents|in this (article|post|guide)|on this page|jump to( a)? section|"
        r"(back|return|scroll) to (the )?top|skip to (the )?(main )?content|"
        r"inhalt(sverzeichnis)?|nach oben|sommaire|table des mati[eè]res|retour en haut|"
        r"[ií]ndice|contenidos?|volver arriba|torna su|conte[uú]do|voltar ao topo|"
        r"inhoud(sopgave)?|naar boven|inneh[aå]ll(sf[oö]rteckning)?|till toppen|innhold|"
        r"til toppen|indhold|sis[aä]llys(luettelo)?|spis tre[sś]ci|do g[oó]ry|содержание|"
        r"наверх",
        r"(read more|related|see also|also read|read also|recommended|more on this( story)?|"
        r"watch|listen)\s*[:|–—-]\s.*",
        r"(lesen sie (auch|mehr)|mehr zum thema|auch interessant|das k[oö]nnte sie auch "
        r"interessieren)\s*:.*",
        r"(([aà] )?lire aussi|voir aussi|sur le m[eê]me sujet)\s*:.*",
        r"(lee|leer) (tambi[eé]n|m[aá]s)\s*:.*",
        r"leggi (anche|di pi[uù])\s*:.*",
        r"(leia|veja) (tamb[eé]m|mais)\s*:.*",
        r"(lees|zie) ook\s*:.*",
        r"l[aä]s (ocks[aå]|mer)\s*:.*",
        r"(les|l[aæ]s) ogs[aå]\s*:.*",
        r"lue my[oö]s\s*:.*",
        r"czytaj (te[zż]|tak[zż]e|wi[eę]cej)\s*:.*",
        r"(читайте|смотрите) также\s*:.*",
    )
)

# What newsletters put around the letter: read neither before nor after it.
NEWSLETTER_RULES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"(view|read|open) (this|it)( (e-?mail|newsletter|post|issue))? (in|on) (your|a|the) "
        r"(web )?browser\.?.*",
        r"(having trouble|can'?t see) (viewing|reading) this.*",
        r".*\bunsubscribe\b.*",
        r".*(update|manage) (your )?(e-?mail )?(preferences|subscription).*",
        r"you (are )?receiv(ed|ing) this (e-?mail|newsletter|message)\b.*",
        r"(this e-?mail|it) was sent to\b.*",
        r"forward(ed)? (this|it) to a friend.*",
        r"(was this|someone) forwarded (this|it) to you\??.*",
        r"our mailing address is\b.*",
        r"add us to your address book.*",
        r"(sent|powered) (by|via|with) \S+.*",
    )
)

_BYLINE = re.compile(r"^\s*by\s+(?P<name>[^·|,\d]+?)(\s*[·|,].*)?\s*$", re.IGNORECASE)


def is_furniture(line: str) -> bool:
    """Whether a single line is site furniture rather than prose (at an article's end)."""
    return _matches(line, TRAILING_RULES) or is_inline_furniture(line)


def is_inline_furniture(line: str) -> bool:
    """Whether a whole block is furniture wherever it stands (INLINE_RULES)."""
    return _matches(line, INLINE_RULES)


def _matches(line: str, rules: tuple[re.Pattern[str], ...]) -> bool:
    """Whether a short line is, whole, one of ``rules`` (a longer line is prose)."""
    text = line.strip()
    return bool(text) and len(text) <= _MAX_LINE and any(rule.fullmatch(text) for rule in rules)


def is_newsletter_furniture(line: str) -> bool:
    """Whether a line is a newsletter's wrapping (unsubscribe, view in browser, …)."""
    text = line.strip()
    if not text or len(text) > 2 * _MAX_LINE:
        return False
    return is_furniture(text) or any(rule.fullmatch(text) for rule in NEWSLETTER_RULES)


def strip_trailing_lines(lines: list[str]) -> list[str]:
    """Drop the run of furniture lines (and blank lines) at the end."""
    end = len(lines)
    while end and (not lines[end - 1].strip() or is_furniture(lines[end - 1])):
        end -= 1
    return lines[:end]


def byline_author(text: str) -> str | None:
    """The name in a byline such as "By Jonas Weber · 6 min read", else None."""
    if len(text) > 100:
        return None
    match = _BYLINE.match(text.strip().strip("*_"))
    return match.group("name").strip() if match else None


def looks_like_a_name(text: str) -> bool:
    """One to four capitalized words, not starting with an article: "Sam Ortiz"."""
    words = text.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and \
        words[0].lower() not in ("the", "a", "an")


# A page that asks the reader to sign in before the article: a password field and little
# prose, or a prompt like "Sign in to keep reading". Read as an episode it would be a few
# words of login form.
LOGIN_WALL = re.compile(
    r"\b(sign|log) ?in to (keep|continue|read|view|access|see)\b|"
    r"\b(subscribe|register|create (an|a free) account) to (keep|continue) reading\b|"
    r"\bthis (article|story|content) is for (paid )?(subscribers|members) only\b",
    re.IGNORECASE)
LOGIN_WALL_WORDS = 150  # an article past its wall has more to say than this


def is_login_wall(prose: str, has_password_field: bool) -> bool:
    """Whether the readable text of a page is a sign-in wall, not an article."""
    if word_count(prose) >= LOGIN_WALL_WORDS:
        return False
    return has_password_field or bool(LOGIN_WALL.search(prose))
