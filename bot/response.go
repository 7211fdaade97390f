package bot

import (
	"sync"

	"github.com/sitrep/sitrep/digest"
)

// Response is a command's answer, before it is rendered for Discord or a
// terminal. Every string in it is plain text: renderers escape it.
type Response struct {
	// Ephemeral answers only the invoker (confirmations, errors).
	Ephemeral bool
	Title     string
	Body      string
	Items     []Item
	Footer    string
	// Digest, when set, is the whole answer and renders as the scheduled digest does.
	Digest *digest.Digest

	// rendered, when set, memoises Discord(): a shared answer renders once.
	rendered *renderOnce
}

type renderOnce struct {
	once sync.Once
	msgs []digest.Message
}

// Item is one entry of a response: a report, an incident, a feed.
type Item struct {
	Title string
	URL   string // http(s) only; empty for none
	Lines []string
}
