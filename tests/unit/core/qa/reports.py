"""Short reports written for these tests: an English original and faithful translations
into Arabic (Western and Arabic-Indic digits), French and Persian, segment by segment."""

from __future__ import annotations

ENGLISH = [
    "Floods displace 1,200 families in the east",
    "Heavy rain on Tuesday forced 1,200 families from their homes, officials said.",
    'The regional governor said: "We need 3.5 million dollars before winter."',
    "Water levels rose by 1.8 metres in 24 hours, and 12% of the farmland is flooded.",
    "The aid agency said it had sent 40 trucks. More convoys are expected on Friday.",
    "Updates are published at https://relief.example.org/east and by @ReliefDesk.",
]

ARABIC_WESTERN = [
    "الفيضانات تشرد 1,200 أسرة في الشرق",
    "قال مسؤولون إن الأمطار الغزيرة أجبرت 1,200 أسرة على ترك منازلها يوم الثلاثاء.",
    "وقال حاكم المنطقة: «نحتاج إلى 3.5 مليون دولار قبل الشتاء».",
    "وارتفع منسوب المياه 1.8 متر خلال 24 ساعة، وغمرت المياه 12% من الأراضي الزراعية.",
    "وقالت وكالة الإغاثة إنها أرسلت 40 شاحنة. ويتوقع وصول قوافل أخرى يوم الجمعة.",
    "تنشر آخر الأخبار على https://relief.example.org/east وعبر @ReliefDesk.",
]

ARABIC_INDIC = [
    "الفيضانات تشرد ١٬٢٠٠ أسرة في الشرق",
    "قال مسؤولون إن الأمطار الغزيرة أجبرت ١٢٠٠ أسرة على ترك منازلها يوم الثلاثاء.",
    "وقال حاكم المنطقة: «نحتاج إلى ٣٫٥ مليون دولار قبل الشتاء».",
    "وارتفع منسوب المياه ١٫٨ متر خلال ٢٤ ساعة، وغمرت المياه ١٢٪ من الأراضي الزراعية.",
    "وقالت وكالة الإغاثة إنها أرسلت ٤٠ شاحنة. ويتوقع وصول قوافل أخرى يوم الجمعة.",
    "تنشر آخر الأخبار على https://relief.example.org/east وعبر @ReliefDesk.",
]

FRENCH = [
    "Inondations : 1 200 familles déplacées dans l'est",
    "De fortes pluies ont chassé mardi 1\u202f200 familles de leurs maisons, selon les autorités.",
    "Le gouverneur de la région a déclaré : « Il nous faut 3,5 millions de dollars "
    "avant l'hiver. »",
    "Le niveau de l'eau a monté de 1,8 mètre en 24 heures "
    "et 12 % des terres agricoles sont inondées.",
    "L'agence humanitaire dit avoir envoyé 40 camions. D'autres convois sont attendus vendredi.",
    "Les nouvelles sont publiées sur https://relief.example.org/east et par @ReliefDesk.",
]

PERSIAN = [
    "سیل ۱٬۲۰۰ خانواده را در شرق آواره کرد",
    "مقامات گفتند باران شدید روز سه‌شنبه ۱۲۰۰ خانواده را از خانه‌هایشان بیرون راند.",
    "استاندار منطقه گفت: «پیش از زمستان به ۳٫۵ میلیون دلار نیاز داریم.»",
    "سطح آب در ۲۴ ساعت ۱٫۸ متر بالا آمد و ۱۲٪ از زمین‌های کشاورزی زیر آب رفته است.",
    "سازمان امدادی گفت ۴۰ کامیون فرستاده است. کاروان‌های دیگری روز جمعه می‌رسند.",
    "اخبار تازه در https://relief.example.org/east و از طریق @ReliefDesk منتشر می‌شود.",
]

TRANSLATIONS = {
    "ar-western": ("ar", ARABIC_WESTERN),
    "ar-indic": ("ar", ARABIC_INDIC),
    "fr": ("fr", FRENCH),
    "fa": ("fa", PERSIAN),
}


def segments(texts: list[str], targets: list[str]) -> list[tuple[int, str, str, str, str]]:
    """(position, kind, source, target, status) rows, the headline first."""
    return [
        (i, "headline" if i == 0 else "paragraph", source, target, "translated")
        for i, (source, target) in enumerate(zip(texts, targets, strict=True))
    ]
