"""Apple Podcasts' categories, the only ones podcast directories and validators accept.

Apple replaced its list in 2019 ("Technology/Tech News" and "Games & Hobbies" are gone);
this is the current one, main category → its subcategories.
"""

from __future__ import annotations

import difflib

APPLE_CATEGORIES: dict[str, tuple[str, ...]] = {
    "Arts": ("Books", "Design", "Fashion & Beauty", "Food", "Performing Arts", "Visual Arts"),
    "Business": ("Careers", "Entrepreneurship", "Investing", "Management", "Marketing",
                 "Non-Profit"),
    "Comedy": ("Comedy Interviews", "Improv", "Stand-Up"),
    "Education": ("Courses", "How To", "Language Learning", "Self-Improvement"),
    "Fiction": ("Comedy Fiction", "Drama", "Science Fiction"),
    "Government": (),
    "History": (),
    "Health & Fitness": ("Alternative Health", "Fitness", "Medicine", "Mental Health",
                         "Nutrition", "Sexuality"),
    "Kids & Family": ("Education for Kids", "Parenting", "Pets & Animals", "Stories for Kids"),
    "Leisure": ("Animation & Manga", "Automotive", "Aviation", "Crafts", "Games", "Hobbies",
                "Home & Garden", "Video Games"),
    "Music": ("Music Commentary", "Music History", "Music Interviews"),
    "News": ("Business News", "Daily News", "Entertainment News", "News Commentary",
             "Politics", "Sports News", "Tech News"),
    "Religion & Spirituality": ("Buddhism", "Christianity", "Hinduism", "Islam", "Judaism",
                                "Religion", "Spirituality"),
    "Science": ("Astronomy", "Chemistry", "Earth Sciences", "Life Sciences", "Mathematics",
                "Natural Sciences", "Nature", "Physics", "Social Sciences"),
    "Society & Culture": ("Documentary", "Personal Journals", "Philosophy", "Places & Travel",
                          "Relationships"),
    "Sports": ("Baseball", "Basketball", "Cricket", "Fantasy Sports", "Football", "Golf",
               "Hockey", "Rugby", "Running", "Soccer", "Swimming", "Tennis", "Volleyball",
               "Wilderness", "Wrestling"),
    "Technology": (),
    "True Crime": (),
    "TV & Film": ("After Shows", "Film History", "Film Interviews", "Film Reviews",
                  "TV Reviews"),
}


# Words people write for a show's subject → where Apple files it. A near spelling is only
# a guess at a typo ("Technolgy"); a word that merely looks like a category ("Transport"
# is not "Sports") would send a show where its listeners never look.
MEANINGS: dict[str, tuple[str, str | None]] = {
    **dict.fromkeys(("transport", "transportation", "travel", "trains", "railways", "tourism",
                     "cities", "urbanism", "places"), ("Society & Culture", "Places & Travel")),
    **dict.fromkeys(("cooking", "recipes", "food", "cuisine", "wine", "restaurants"),
                    ("Arts", "Food")),
    **dict.fromkeys(("books", "literature", "reading", "poetry", "writing", "essays",
                     "longreads"), ("Arts", "Books")),
    **dict.fromkeys(("art", "painting", "photography"), ("Arts", "Visual Arts")),
    **dict.fromkeys(("tech", "software", "programming", "computers", "coding", "internet",
                     "ai", "gadgets"), ("Technology", None)),
    **dict.fromkeys(("politics", "elections", "policy"), ("News", "Politics")),
    **dict.fromkeys(("economy", "economics", "finance", "money", "markets", "investing"),
                    ("Business", "Investing")),
    **dict.fromkeys(("startups", "entrepreneurs"), ("Business", "Entrepreneurship")),
    **dict.fromkeys(("jobs", "work", "careers"), ("Business", "Careers")),
    **dict.fromkeys(("health", "medicine", "wellbeing"), ("Health & Fitness", "Medicine")),
    **dict.fromkeys(("psychology", "mental"), ("Health & Fitness", "Mental Health")),
    **dict.fromkeys(("film", "films", "movies", "cinema", "television"),
                    ("TV & Film", "Film Reviews")),
    **dict.fromkeys(("gaming", "games", "videogames"), ("Leisure", "Video Games")),
    **dict.fromkeys(("cars", "motoring"), ("Leisure", "Automotive")),
    **dict.fromkeys(("gardening", "garden", "diy"), ("Leisure", "Home & Garden")),
    **dict.fromkeys(("environment", "climate", "ecology", "wildlife"), ("Science", "Nature")),
    **dict.fromkeys(("space", "astronomy"), ("Science", "Astronomy")),
    **dict.fromkeys(("crime", "law"), ("True Crime", None)),
    **dict.fromkeys(("parenting", "family"), ("Kids & Family", "Parenting")),
    **dict.fromkeys(("faith", "religion"), ("Religion & Spirituality", None)),
    **dict.fromkeys(("philosophy", "ideas"), ("Society & Culture", "Philosophy")),
    **dict.fromkeys(("culture", "society"), ("Society & Culture", None)),
    **dict.fromkeys(("humor", "humour", "satire"), ("Comedy", None)),
    **dict.fromkeys(("learning", "teaching", "school"), ("Education", None)),
    **dict.fromkeys(("languages", "language"), ("Education", "Language Learning")),
    **dict.fromkeys(("news", "journalism", "current affairs"), ("News", "Daily News")),
}


def category_problem(category: str, subcategory: str | None) -> str | None:
    """What is wrong with a category pair, with the closest valid one; None if it is valid."""
    if category in APPLE_CATEGORIES and (
            subcategory is None or subcategory in APPLE_CATEGORIES[category]):
        return None
    wanted = f"{category} / {subcategory}" if subcategory else category
    closest = _closest(subcategory or category, category)
    if closest is None:
        return (f"category {wanted!r} is not one of Apple's podcast categories, and none is "
                f"close; choose one of {', '.join(APPLE_CATEGORIES)}")
    return (f"category {wanted!r} is not one of Apple's podcast categories; the closest is "
            f"{closest}")


def _closest(name: str, category: str) -> str | None:
    elsewhere = [main for main, subs in APPLE_CATEGORIES.items() if name in subs]
    if elsewhere:  # "Technology / Tech News" → News / Tech News
        return _pair(elsewhere[0], name)
    own = APPLE_CATEGORIES.get(category, ())
    starts = [sub for sub in own if sub.lower().startswith(name.lower())]
    if starts:  # "News / Tech" → News / Tech News
        return _pair(category, starts[0])
    meant = _by_meaning(name)
    if meant:  # "Transport" → Society & Culture / Places & Travel
        return _pair(*meant)
    if category in APPLE_CATEGORIES:  # a valid main category: its sub of a near spelling
        subs = difflib.get_close_matches(name, own, n=1, cutoff=0.8)
        return _pair(category, subs[0] if subs else None)
    starting = [main for main in APPLE_CATEGORIES if main.lower().startswith(name.lower())]
    if starting:  # "Tech" → Technology
        return _pair(starting[0], None)
    pairs: dict[str, tuple[str, str | None]] = {main.lower(): (main, None)
                                                for main in APPLE_CATEGORIES}
    pairs.update({sub.lower(): (main, sub) for main, subs in APPLE_CATEGORIES.items()
                  for sub in subs})
    typo = difflib.get_close_matches(name.lower(), pairs, n=1, cutoff=0.8)
    return _pair(*pairs[typo[0]]) if typo else None


def _by_meaning(name: str) -> tuple[str, str | None] | None:
    lowered = name.lower().strip()
    if lowered in MEANINGS:
        return MEANINGS[lowered]
    for word in lowered.replace("&", " ").replace("/", " ").split():
        if word in MEANINGS:
            return MEANINGS[word]
    return None


def _pair(main: str, sub: str | None) -> str:
    return f'category = "{main}"' + (f', subcategory = "{sub}"' if sub else "")
