package digest

import "time"

// dateCue is what a sentence says about when its events happened.
type dateCue struct {
	date     Date
	explicit bool // a calendar date or weekday, not the publication day by default
	longAgo  bool // more than a week before publication: background (spec §4)
}

// sentenceDate resolves "on Wednesday", "yesterday", "overnight", "December
// 18" against the publication day (spec §5: the most recent such day on or
// before it).
func sentenceDate(toks []token, published Date, first bool) dateCue {
	pub := published.Time
	for i := range toks {
		t := &toks[i]
		if t.flags&flagDate == 0 {
			continue
		}
		w := t.low
		switch {
		case w == "yesterday":
			return cueAt(pub.AddDate(0, 0, -1), pub)
		case w == "today" || w == "overnight" || w == "tonight":
			return cueAt(pub, pub)
		case w == "last" && i+1 < len(toks) && toks[i+1].low == "night":
			return cueAt(pub.AddDate(0, 0, -1), pub)
		case w == "ago" && i >= 2 && (toks[i-1].low == "days" || toks[i-1].low == "day"):
			if n, _, _, ok := parseNumberAt(toks, i-2); ok && n < 400 {
				return cueAt(pub.AddDate(0, 0, -n), pub)
			}
		}
		if wd, ok := weekdays[w]; ok && t.upper && !reportingDay(toks, i) && !sinceClause(toks, i) && !(first && i == 0 && i+1 < len(toks) && toks[i+1].num) {
			back := (int(pub.Weekday()) - wd + 7) % 7
			if i > 0 && toks[i-1].low == "last" && back == 0 {
				back = 7
			}
			return cueAt(pub.AddDate(0, 0, -back), pub)
		}
		if m, ok := months[w]; ok && t.upper && !dateline(toks, i, first) {
			if d, ok := dayNear(toks, i); ok {
				y := pub.Year()
				if at := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC); at.After(pub) {
					y--
				}
				if yr, ok := yearNear(toks, i); ok {
					y = yr
				}
				return cueAt(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), pub)
			}
			// a month alone ("in April") dates an event weeks back: the news
			// tells the last few days by their weekdays. Only early in a
			// month may the month itself be a few days ago; the month
			// before is a month's tally ("42 assassinations in July, which
			// killed 29", writtenF:22) or a recalled event.
			if w == "may" && (i == 0 || toks[i-1].low != "in") {
				continue // "may" is mostly the verb
			}
			if len(w) <= 4 && w != "june" && w != "july" && i+1 < len(toks) && toks[i+1].upper {
				continue // a short form before a name is part of it: "Mar Elias Church"
			}
			if diff := (pub.Year()*12 + int(pub.Month())) - (yearOr(toks, i, pub.Year())*12 + m); diff >= 1 || diff < 0 || pub.Day() > 7 {
				return dateCue{longAgo: true}
			}
		}
	}
	return dateCue{date: published}
}

// sinceClause reports a weekday that starts a span, not the day of the toll:
// "since Sunday", "since the clashes broke out on Sunday".
func sinceClause(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-9; k-- {
		if toks[k].low == "since" {
			return true
		}
		if toks[k].punct && !isQuoteOrHyphen(toks[k].low) {
			return false
		}
	}
	return false
}

func cueAt(t, pub time.Time) dateCue {
	d := DateOf(t)
	return dateCue{date: d, explicit: true, longAgo: pub.Sub(d.Time) > 7*24*time.Hour}
}

// dayNear finds the day of month beside a month name: "December 18", "18 December".
func dayNear(toks []token, i int) (int, bool) {
	if i+2 < len(toks) && toks[i+1].low == "." && toks[i+2].num && toks[i+2].val >= 1 && toks[i+2].val <= 31 {
		return int(toks[i+2].val), true // "Feb. 6"
	}
	if i+1 < len(toks) && toks[i+1].num && toks[i+1].val >= 1 && toks[i+1].val <= 31 {
		return int(toks[i+1].val), true
	}
	if i >= 1 && toks[i-1].num && toks[i-1].val >= 1 && toks[i-1].val <= 31 {
		return int(toks[i-1].val), true
	}
	return 0, false
}

// yearNear finds a year written within two tokens after a month name.
func yearNear(toks []token, i int) (int, bool) {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].num && toks[k].val >= 1990 && toks[k].val <= 2100 {
			return int(toks[k].val), true
		}
	}
	return 0, false
}

func yearOr(toks []token, i, def int) int {
	if y, ok := yearNear(toks, i); ok {
		return y
	}
	return def
}

// reportingDay reports a weekday that dates the report, not the events:
// "the Observatory said on Monday".
func reportingDay(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].low == "on" {
		k--
	}
	return k >= 0 && reportingVerbs[toks[k].low]
}

var reportingVerbs = set("said", "says", "reported", "reports", "announced", "told", "added", "stated", "confirmed", "claimed")

// dateline reports a date that says when the page was posted, not when the
// events happened: "Posted on April 4 2017", "Date of publication 19
// October", or a date that opens the article ("6 Oct 2017 At least 79 …").
func dateline(toks []token, i int, first bool) bool {
	if first && i <= 2 {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].low {
		case "posted", "publication", "published", "updated", "modified":
			return true
		}
	}
	return false
}
