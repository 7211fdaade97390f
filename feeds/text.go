package feeds

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// plainText renders a feed's HTML (or plain) text as plain text, with block
// elements on lines of their own, which is what extraction reads sentences
// from. It streams tokens rather than building a tree: feeds carry many
// short fragments, and a parse tree per item is most of a poll's garbage.
func plainText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return collapseSpace(s)
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	hidden := 0 // depth inside script, style and the like
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return collapseSpace(b.String())
		case html.TextToken:
			if hidden == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case a == atom.Script || a == atom.Style || a == atom.Head || a == atom.Template:
				if tt == html.StartTagToken {
					hidden++
				} else if tt == html.EndTagToken && hidden > 0 {
					hidden--
				}
			case a == atom.Br:
				b.WriteByte('\n')
			case blockElements[a]:
				b.WriteString("\n\n")
			}
		}
	}
}

// blockElements start a new paragraph of text.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Tr: true, atom.Table: true, atom.Hr: true, atom.Pre: true, atom.Figure: true,
	atom.Figcaption: true, atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
}

// collapseSpace trims each line and folds runs of blanks into one space and
// runs of blank lines into one empty line.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	blankLines := 0
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			blankLines++
			continue
		}
		if b.Len() > 0 {
			if blankLines > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		b.WriteString(line)
		blankLines = 0
	}
	return b.String()
}
