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


def category_problem(category: str, subcategory: str | None) -> str | None:
    """What is wrong with a category pair, with the closest valid one; None if it is valid."""
    if category in APPLE_CATEGORIES and (
            subcategory is None or subcategory in APPLE_CATEGORIES[category]):
        return None
    wanted = f"{category} / {subcategory}" if subcategory else category
    return (f"category {wanted!r} is not one of Apple's podcast categories; the closest is "
            f"{_closest(subcategory or category, category)}")


def _closest(name: str, category: str) -> str:
    elsewhere = [main for main, subs in APPLE_CATEGORIES.items() if name in subs]
    if elsewhere:  # "Technology / Tech News" → News / Tech News
        return _pair(elsewhere[0], name)
    if category in APPLE_CATEGORIES:  # a valid main category: the nearest of its own subs
        subs = difflib.get_close_matches(name, APPLE_CATEGORIES[category], n=1, cutoff=0.6)
        return _pair(category, subs[0] if subs else None)
    starting = [main for main in APPLE_CATEGORIES if main.lower().startswith(name.lower())]
    if starting:  # "Tech" → Technology
        return _pair(starting[0], None)
    pairs = {main: (main, None) for main in APPLE_CATEGORIES}
    pairs.update({sub: (main, sub) for main, subs in APPLE_CATEGORIES.items() for sub in subs})
    return _pair(*pairs[difflib.get_close_matches(name, pairs, n=1, cutoff=0.0)[0]])


def _pair(main: str, sub: str | None) -> str:
    return f'category = "{main}"' + (f', subcategory = "{sub}"' if sub else "")
