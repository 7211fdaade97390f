package digest

import (
	"html"
	"regexp"
	"strings"

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
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			continue
		}
		// feeds and scrapes often run a whole page into one line: cut the
		// line where the furniture starts rather than drop the story with it
		if i := storyEndIndex(line); i >= 0 {
			if story := strings.TrimSpace(line[:i]); story != "" {
				out = append(out, story)
			}
			break
		}
		if boilerplateRe.MatchString(line) && len(line) < 300 {
			continue
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

var htmlTag = regexp.MustCompile(`(?i)<(p|br|div|span|a|b|i|em|strong|h[1-6]|ul|ol|li|img|figure|blockquote|section|article|table|tr|td)\b[^>]*>|</[a-z][a-z0-9]*>`)

func looksLikeHTML(s string) bool {
	return htmlTag.MatchString(s)
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
		switch z.Next() {
		case nethtml.ErrorToken:
			return b.String()
		case nethtml.TextToken:
			if skip == 0 {
				b.Write(z.Text()) // Text() decodes entities
			}
		case nethtml.StartTagToken, nethtml.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if skipTags[tag] {
				if tt := z.Token(); tt.Type == nethtml.StartTagToken {
					skip++
				}
				continue
			}
			if blockTags[tag] {
				b.WriteByte('\n')
			}
		case nethtml.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if skipTags[tag] && skip > 0 {
				skip--
				continue
			}
			if blockTags[tag] {
				b.WriteByte('\n')
			}
		}
	}
}

// storyEndLine matches a line that starts what follows a story on a page.
var storyEndLine = regexp.MustCompile(`(?i)^(subscribe (now|to read|today)|already (a )?subscribed|read more:?$|related( articles| stories| news)?:?$|more from |recommended( for you)?:?$|also read:?$|this article (was|is) (originally )?(published|republished)|get the latest .{0,40}newsletter|© )`)

// storyEndAnywhere matches furniture that ends the story wherever it stands.
var storyEndAnywhere = regexp.MustCompile(`(?i)(disclaimer:|you[’']ve reached your limit|you have reached your limit|the post .{1,300} appeared first on|copyright ©|all rights reserved|follow us on (twitter|facebook|telegram|instagram)|cookie policy|sign up for our newsletter|subscribe to our newsletter)`)

// storyEndIndex returns where the story ends in line, or -1.
func storyEndIndex(line string) int {
	if storyEndLine.MatchString(line) {
		return 0
	}
	if loc := storyEndAnywhere.FindStringIndex(line); loc != nil {
		return loc[0]
	}
	return -1
}

// boilerplateRe matches a short line of publisher furniture inside a story.
var boilerplateRe = regexp.MustCompile(`(?i)(we use cookies|accept (all )?cookies|cookie settings|click here to|share this (article|story)|^advertisement$|^read more\b|^read also\b|^see also\b|^watch:|^listen to this article|^photo:|^image:|^file photo|^\(?reporting by |^editing by )`)
