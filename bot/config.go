package bot

import (
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Config is what the bot needs from sitrep's configuration and environment.
type Config struct {
	// Token is the bot token (DISCORD_TOKEN), with or without the "Bot " prefix.
	// It is never logged and never put in an error.
	Token string
	// APIBase receives every REST call and the gateway discovery
	// (DISCORD_API_BASE or discord.api_base); default https://discord.com.
	APIBase string
	// GuildID, when set, registers the commands to that guild only (development).
	GuildID string
	// DefaultDigestTime is the local "HH:MM" a /subscribe without a time gets.
	DefaultDigestTime string
	// DefaultTimezone is the IANA zone a /subscribe without a timezone gets.
	DefaultTimezone string
	// DigestWindow is how far back a digest looks; also how late a missed
	// scheduled digest may still be posted.
	DigestWindow time.Duration
}

// Defaults in one place.
const (
	defaultAPIBase    = "https://discord.com"
	defaultDigestTime = "08:00"
	defaultTimezone   = "UTC"
	defaultWindow     = 24 * time.Hour
)

// withDefaults fills the zero fields and checks the rest.
func (c Config) withDefaults() (Config, error) {
	if c.APIBase == "" {
		c.APIBase = defaultAPIBase
	}
	if c.DefaultDigestTime == "" {
		c.DefaultDigestTime = defaultDigestTime
	}
	if c.DefaultTimezone == "" {
		c.DefaultTimezone = defaultTimezone
	}
	if c.DigestWindow == 0 {
		c.DigestWindow = defaultWindow
	}
	u, err := url.Parse(c.APIBase)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return c, fmt.Errorf("bot: api base %q: want an http(s) URL such as %s", c.APIBase, defaultAPIBase)
	}
	c.APIBase = strings.TrimSuffix(c.APIBase, "/")
	if _, _, err := parseClock(c.DefaultDigestTime); err != nil {
		return c, fmt.Errorf("bot: default digest time: %w", err)
	}
	if _, err := time.LoadLocation(c.DefaultTimezone); err != nil {
		return c, fmt.Errorf("bot: default timezone %q: not an IANA zone name", c.DefaultTimezone)
	}
	if c.DigestWindow < time.Hour {
		return c, fmt.Errorf("bot: digest window %s: want at least 1h", c.DigestWindow)
	}
	return c, nil
}

// botToken returns the token as the Authorization header wants it.
func (c Config) botToken() string {
	t := strings.TrimSpace(c.Token)
	if strings.HasPrefix(t, "Bot ") {
		return t
	}
	return "Bot " + t
}

// parseClock reads a 24-hour "HH:MM" (or "H:MM").
func parseClock(s string) (hour, minute int, err error) {
	t, err := time.Parse("15:04", strings.TrimSpace(s))
	if err != nil {
		return 0, 0, fmt.Errorf("time %q: want 24-hour HH:MM, e.g. 08:00 or 19:30", s)
	}
	return t.Hour(), t.Minute(), nil
}
