package feeds

import (
	"strings"

	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
)

// plainText renders a feed's HTML (or plain) text as plain text, with block
// elements on lines of their own, which is what extraction reads sentences from.
func plainText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return strings.TrimSpace(s)
	}
	return strings.TrimSpace(render.InnerText(doc))
}
