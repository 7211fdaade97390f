package bot

import (
	"fmt"
	"strings"
)

// Request is one command invocation, from Discord or the shell.
type Request struct {
	Command string
	// Options holds the given options by name: string, int64 or bool.
	Options   map[string]any
	GuildID   string // "" outside a server
	ChannelID string
	UserID    string
	// Permissions is the invoking member's permission bitfield in the channel.
	Permissions int64
}

// String returns the string option name, or "".
func (r Request) String(name string) string {
	s, _ := r.Options[name].(string)
	return strings.TrimSpace(s)
}

// Int returns the integer option name, or def when absent.
func (r Request) Int(name string, def int) int {
	switch v := r.Options[name].(type) {
	case int64:
		return int(v)
	case int:
		return v
	case float64: // JSON numbers decoded without a type
		return int(v)
	}
	return def
}

// Bool returns the boolean option name, or def when absent.
func (r Request) Bool(name string, def bool) bool {
	if v, ok := r.Options[name].(bool); ok {
		return v
	}
	return def
}

// canManage reports whether the invoker may manage this channel's subscription.
func (r Request) canManage() bool {
	return r.Permissions&(permManageChannels|permAdministrator) != 0
}

// UserError is a refusal the user can act on; its message says what to do.
type UserError struct{ Msg string }

func (e *UserError) Error() string { return e.Msg }

func userErrorf(format string, args ...any) error {
	return &UserError{Msg: fmt.Sprintf(format, args...)}
}
