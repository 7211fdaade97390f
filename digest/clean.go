package digest

import (
	"html"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	nethtml "golang.org/x/net/html"
)

// Clean turns an article as a feed delivers it (HTML or plain text) into the
// plain text extraction reads: tags stripped, entities decoded, one paragraph
// a line, and the publisher's boilerplate (paywall, subscription offers,
// "Disclaimer:" blocks, newsletter and cookie notices, "Read more" lists,
// "The post … appeared first on …") removed. Every evidence string Extract
// returns is a substring of Clean's result.
func Clean(article string) string {
	var text string
	if looksLikeHTML(article) {
		text = htmlText(article)
	} else {
		text = html.UnescapeString(article)
	}
	var out []string
	changed := false // a text that keeps every line as it is is returned without a copy
	for raw := range strings.SplitSeq(text, "\n") {
		line := collapseSpace(raw)
		changed = changed || len(line) != len(raw) || line == ""
		if line == "" {
			continue
		}
		// feeds and scrapes often run a whole page into one line: cut the
		// line where the furniture starts rather than drop the story with it
		end, boilerplate := furniture(line)
		if end >= 0 {
			if story := strings.TrimSpace(line[:end]); story != "" {
				out = append(out, story)
			}
			changed = true
			break
		}
		if boilerplate {
			changed = true
			continue
		}
		out = append(out, line)
	}
	if !changed {
		return text
	}
	return strings.Join(out, "\n")
}

// collapseSpace trims s and turns each run of white space into one space; a
// line that is already so is returned as it is, without copying.
func collapseSpace(s string) string {
	if spaced(s) {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// spaced reports white space that collapseSpace must collapse or trim. It
// looks for each kind with strings.IndexByte and strings.Contains, which
// scan many bytes at a time: every line of every article passes here.
func spaced(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
		return true
	}
	for _, c := range []byte("\t\n\r\v\f") {
		if strings.IndexByte(s, c) >= 0 {
			return true
		}
	}
	// white space beyond ASCII (U+0085, U+00A0, U+1680, U+2000–U+205F,
	// U+3000) starts with one of these bytes
	for _, lead := range []byte{0xC2, 0xE1, 0xE2, 0xE3} {
		for rest := s; ; {
			i := strings.IndexByte(rest, lead)
			if i < 0 {
				break
			}
			if r, _ := utf8.DecodeRuneInString(rest[i:]); unicode.IsSpace(r) {
				return true
			}
			rest = rest[i+1:]
		}
	}
	return false
}

// htmlTags are the tags whose presence makes a text HTML.
var htmlTags = set("p", "br", "div", "span", "a", "b", "i", "em", "strong", "h1", "h2", "h3", "h4", "h5", "h6",
	"ul", "ol", "li", "img", "figure", "blockquote", "section", "article", "table", "tr", "td", "script", "style")

// looksLikeHTML reports whether s holds an HTML tag such as "<p>" or "</div>".
func looksLikeHTML(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0; {
		j := i + 1
		if j < len(s) && s[j] == '/' {
			j++
		}
		k := j
		for k < len(s) && k-j < 12 && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z' || s[k] >= '0' && s[k] <= '9') {
			k++
		}
		if k > j && k < len(s) && (s[k] == '>' || s[k] == ' ' || s[k] == '/' || s[k] == '\n' || s[k] == '\t') && htmlTags[strings.ToLower(s[j:k])] {
			return true
		}
		next := strings.IndexByte(s[i+1:], '<')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// blockTags end a paragraph.
var blockTags = map[string]bool{
	"p": true, "br": true, "div": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "blockquote": true, "tr": true, "section": true, "article": true,
	"figure": true, "ul": true, "ol": true, "table": true, "header": true, "footer": true, "hr": true,
}

// skipTags hold no story text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "iframe": true, "svg": true, "figcaption": true,
	"nav": true, "aside": true, "form": true, "button": true, "template": true,
}

func htmlText(s string) string {
	z := nethtml.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case nethtml.ErrorToken:
			return b.String()
		case nethtml.TextToken:
			if skip == 0 {
				b.Write(z.Text()) // Text() decodes entities
			}
		case nethtml.StartTagToken, nethtml.SelfClosingTagToken:
			name, _ := z.TagName()
			if skipTags[string(name)] {
				if tt == nethtml.StartTagToken {
					skip++
				}
				continue
			}
			if blockTags[string(name)] {
				b.WriteByte('\n')
			}
		case nethtml.EndTagToken:
			name, _ := z.TagName()
			if skipTags[string(name)] && skip > 0 {
				skip--
				continue
			}
			if blockTags[string(name)] {
				b.WriteByte('\n')
			}
		}
	}
}

// storyEndPrefixes start a line that begins what follows a story on a page.
var storyEndPrefixes = []string{"subscribe now", "subscribe to read", "subscribe today", "already subscribed",
	"already a subscriber", "more from ", "this article was originally published", "this article was published",
	"this article was republished", "this article is republished", "© "}

// storyEndLines are whole lines (without a trailing colon) that start the
// furniture after a story.
var storyEndLines = []string{"read more", "related", "related articles", "related stories", "related news",
	"recommended", "recommended for you", "also read"}

// lineMarkers are looked for in every line in one pass: those up to
// firstBoilerplate end the story wherever they stand; the rest mark a short
// line as publisher furniture inside a story.
var lineMarkers = newPatterns("disclaimer:", "you’ve reached your limit", "you've reached your limit",
	"you have reached your limit", "copyright ©", "all rights reserved", "follow us on twitter",
	"follow us on facebook", "follow us on telegram", "follow us on instagram", "cookie policy",
	"sign up for our newsletter", "subscribe to our newsletter", "related news", "related articles",
	"related stories", appearedFirstOn,
	"we use cookies", "accept cookies", "accept all cookies", "cookie settings", "click here to",
	"share this article", "share this story")

// firstBoilerplate is the index of the first boilerplate marker in lineMarkers.
const firstBoilerplate = 17

// appearedFirstOn closes WordPress's "The post <title> appeared first on <site>."
const appearedFirstOn = "appeared first on"

var boilerplatePrefixes = []string{"read more", "read also", "see also", "watch:", "listen to this article",
	"photo:", "image:", "file photo", "reporting by ", "(reporting by ", "editing by "}

// furniture reads a line for the publisher's furniture: where the story
// ends in it (-1: nowhere), and whether a short line (under 300 bytes) is
// furniture as a whole. Every line of every article passes here, so all
// markers are found in one pass over the line, without lower-casing a copy.
func furniture(line string) (end int, boilerplate bool) {
	for _, p := range storyEndPrefixes {
		if hasPrefixFold(line, p) {
			return 0, false
		}
	}
	bare := strings.TrimSuffix(line, ":")
	for _, l := range storyEndLines {
		if len(bare) == len(l) && hasPrefixFold(bare, l) {
			return 0, false
		}
	}
	short := len(line) < 300
	if short {
		boilerplate = len(line) == len("advertisement") && hasPrefixFold(line, "advertisement") ||
			slices.ContainsFunc(boilerplatePrefixes, func(p string) bool { return hasPrefixFold(line, p) })
	}
	for from := 0; from < len(line); {
		i, k := lineMarkers.index(line[from:])
		if i < 0 {
			break
		}
		i += from
		switch {
		case k >= firstBoilerplate:
			boilerplate = boilerplate || short
		case lineMarkers.list[k] == appearedFirstOn:
			// "The post <title> appeared first on": a title that merely
			// says "appeared first on" goes on
			if i > 0 && line[i-1] == ' ' {
				if p := lastIndexFold(line[max(0, i-300):i], "the post "); p >= 0 {
					return max(0, i-300) + p, boilerplate
				}
			}
		default:
			return i, boilerplate
		}
		from = i + 1
	}
	return -1, boilerplate
}

// patterns is a set of up to 32 lower-case strings of three bytes or more,
// looked for together in one pass: a position is compared with a pattern
// only when its first three bytes could start it.
type patterns struct {
	list []string
	at   [3][256]uint32 // bit k: byte j of pattern k, under both cases of an ASCII letter
}

func newPatterns(list ...string) *patterns {
	if len(list) > 32 {
		panic("digest: more than 32 patterns")
	}
	ps := &patterns{list: list}
	for k, p := range list {
		if len(p) < 3 {
			panic("digest: pattern shorter than three bytes: " + p)
		}
		for j := range 3 {
			c := p[j]
			ps.at[j][c] |= 1 << k
			if c >= 'a' && c <= 'z' {
				ps.at[j][c-'a'+'A'] |= 1 << k
			}
		}
	}
	return ps
}

// index returns where the first of the patterns starts in s, ignoring the
// case of ASCII letters, and which pattern it is (its index in the list);
// -1 when none does.
func (ps *patterns) index(s string) (int, int) {
	for i := 0; i+2 < len(s); i++ {
		m := ps.at[0][s[i]] & ps.at[1][s[i+1]] & ps.at[2][s[i+2]]
		for ; m != 0; m &= m - 1 {
			if k := bits.TrailingZeros32(m); hasPrefixFold(s[i:], ps.list[k]) {
				return i, k
			}
		}
	}
	return -1, -1
}

// hasPrefixFold reports whether s begins with the lower-case p, ignoring the
// case of ASCII letters in s.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// lastIndexFold is strings.LastIndex of the lower-case p in s, ignoring the
// case of ASCII letters in s.
func lastIndexFold(s, p string) int {
	for i := len(s) - len(p); i >= 0; i-- {
		if hasPrefixFold(s[i:], p) {
			return i
		}
	}
	return -1
}
