package bot

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/digest"
)

// flagEphemeral makes an interaction reply visible to its invoker only.
const flagEphemeral = 64

// Embed colours: neutral for answers, red for errors.
const (
	colorInfo  = 0x5865F2
	colorError = 0xED4245
)

// Discord renders the response as the messages to send: one, or a digest's
// several. Every outside string is escaped; no mention can notify anyone.
func (r Response) Discord() []digest.Message {
	if r.rendered == nil {
		return r.render()
	}
	r.rendered.once.Do(func() { r.rendered.msgs = r.render() })
	return r.rendered.msgs
}

func (r Response) render() []digest.Message {
	var msgs []digest.Message
	if r.Digest != nil {
		msgs = r.Digest.Discord()
	} else {
		msgs = []digest.Message{{Embeds: []digest.Embed{r.embed(colorInfo)}}}
	}
	for i := range msgs {
		msgs[i].AllowedMentions = digest.AllowedMentions{Parse: []string{}}
		if r.Ephemeral {
			msgs[i].Flags |= flagEphemeral
		}
	}
	return msgs
}

// errorMessage is the ephemeral reply for a failed command.
func errorMessage(text string) digest.Message {
	r := Response{Title: "Sorry", Body: text}
	return digest.Message{
		Embeds:          []digest.Embed{r.embed(colorError)},
		AllowedMentions: digest.AllowedMentions{Parse: []string{}},
		Flags:           flagEphemeral,
	}
}

// reserveMore is room kept in a description for the "…and N more" line.
const reserveMore = 40

func (r Response) embed(color int) digest.Embed {
	e := digest.Embed{Title: escapeFit(r.Title, digest.MaxEmbedTitle), Color: color}
	if r.Footer != "" {
		e.Footer = &digest.EmbedFooter{Text: escapeFit(r.Footer, 512)}
	}
	var b strings.Builder
	if r.Body != "" {
		b.WriteString(escapeFit(r.Body, 1500))
	}
	budget := digest.MaxEmbedDescription - reserveMore
	for i, it := range r.Items {
		block := itemMarkdown(it)
		if utf8.RuneCountInString(b.String())+utf8.RuneCountInString(block)+2 > budget {
			fmt.Fprintf(&b, "\n\n…and %d more", len(r.Items)-i)
			break
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(block)
	}
	e.Description = b.String()
	if e.Title == "" && e.Description == "" {
		e.Description = "Nothing to show."
	}
	return e
}

// itemMarkdown is one item: a bold (linked) title and its lines.
func itemMarkdown(it Item) string {
	var b strings.Builder
	title := escapeFit(it.Title, 200)
	if u := safeURL(it.URL); u != "" && title != "" {
		fmt.Fprintf(&b, "**[%s](%s)**", title, u)
	} else if title != "" {
		fmt.Fprintf(&b, "**%s**", title)
	}
	for _, l := range it.Lines {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(escapeFit(l, 400))
	}
	return b.String()
}

// escapeFit escapes s for Discord and keeps the result within n characters.
func escapeFit(s string, n int) string {
	k := n
	for {
		e := digest.EscapeMarkdown(digest.Truncate(s, k))
		over := utf8.RuneCountInString(e) - n
		if over <= 0 {
			return e
		}
		k -= over
	}
}

// safeURL returns u fit for a markdown link target, or "" if it is not an
// absolute http(s) URL. Characters that would end the link are percent-encoded.
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	s := p.String()
	if utf8.RuneCountInString(s) > 512 {
		return ""
	}
	return strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "<", "%3C", ">", "%3E").Replace(s)
}
