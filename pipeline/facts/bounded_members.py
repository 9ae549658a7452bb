"""What joins two coordinated figures so that a bare first one takes the second's unit: a range ("5–7 кг", "от 1,5
до 2 млн. тенге", "до более чем 900 тысяч"), "и", "или" or a comma ("5 и 6 шагов"), and a comma or "и" before a
bound of the last member: "до 60, 66, 73 и свыше 100 кг" (categories whose last bound is open), "выросло на 1,8 тыс.,
до 14,6 тыс. человек" (a change and the level it led to, the unit written once at the level)."""
from __future__ import annotations

import regex

COORDINATION_RE = regex.compile(
    r"^\s*(?:(?P<range>[-–—]|(?:…|\.{2,3})\s*[+−-]?|до(?:\s+(?:более|менее|свыше|около|почти)(?:\s+чем)?)?|по)"
    r"|(?:и|или|,)(?:\s*(?:свыше|более|менее|до|около|не\s+более|не\s+менее)(?=\s))?)\s*\Z", regex.I)
