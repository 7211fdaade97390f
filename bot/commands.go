package bot

// Command is a slash command definition exactly as it goes on the wire to
// Discord's bulk overwrite (and as GET returns it, for comparison).
type Command struct {
	Name        string   `json:"name"`
	Type        int      `json:"type,omitempty"`
	Description string   `json:"description"`
	Options     []Option `json:"options,omitempty"`
	// DefaultMemberPermissions is a permission bitfield as a decimal string;
	// members without it do not see the command (the bot checks again).
	DefaultMemberPermissions *string `json:"default_member_permissions,omitempty"`
}

// Option is one option of a command.
type Option struct {
	Type         OptionType `json:"type"`
	Name         string     `json:"name"`
	Description  string     `json:"description"`
	Required     bool       `json:"required,omitempty"`
	Autocomplete bool       `json:"autocomplete,omitempty"`
	Choices      []Choice   `json:"choices,omitempty"`
	MinValue     *int       `json:"min_value,omitempty"`
	MaxValue     *int       `json:"max_value,omitempty"`
	MinLength    *int       `json:"min_length,omitempty"`
	MaxLength    *int       `json:"max_length,omitempty"`
}

// Choice is a fixed or autocompleted value of a string option.
type Choice struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// OptionType is Discord's application command option type.
type OptionType int

const (
	optString  OptionType = 3
	optInteger OptionType = 4
	optBoolean OptionType = 5
)

const chatInput = 1

// Permission bits the bot checks (Discord's permission flags).
const (
	permAdministrator  int64 = 1 << 3
	permManageChannels int64 = 1 << 4
)

// Command names.
const (
	cmdLatest        = "latest"
	cmdCasualties    = "casualties"
	cmdDigest        = "digest"
	cmdWhere         = "where"
	cmdSubscribe     = "subscribe"
	cmdUnsubscribe   = "unsubscribe"
	cmdSubscriptions = "subscriptions"
	cmdSources       = "sources"
	cmdAbout         = "about"
)

// Governorates are Syria's 14 governorates, the values of every governorate option.
var Governorates = []string{
	"Aleppo", "Idlib", "Hama", "Homs", "Latakia", "Tartus", "Damascus", "Rif Dimashq",
	"Daraa", "As-Suwayda", "Quneitra", "Deir ez-Zor", "Raqqa", "Al-Hasakah",
}

// periods are the spans /casualties and /digest accept.
var periods = []Choice{
	{Name: "last 24 hours", Value: "24h"},
	{Name: "last 7 days", Value: "7d"},
	{Name: "last 30 days", Value: "30d"},
}

// Commands returns the bot's slash command definitions, the same on every call.
func Commands() []Command {
	manage := "16" // Manage Channels
	cmds := []Command{
		{Name: cmdLatest, Description: "The newest Syria casualty reports, with figures, place and source link.",
			Options: []Option{
				intOption("count", "How many reports (1-10, default 5)", 1, maxLatest),
				governorateOption(),
			}},
		{Name: cmdCasualties, Description: "Casualty totals by side and governorate, with the incidents behind them.",
			Options: []Option{
				periodOption(),
				governorateOption(),
				placeOption(false),
			}},
		{Name: cmdDigest, Description: "The digest now, as the scheduled daily one would be.",
			Options: []Option{periodOption()}},
		{Name: cmdWhere, Description: "Recent incidents at a place in Syria.",
			Options: []Option{placeOption(true)}},
		{Name: cmdSubscribe, Description: "Post the daily digest in this channel, and optionally alerts.",
			DefaultMemberPermissions: &manage,
			Options: []Option{
				stringOption("time", "Local time of the daily digest, 24-hour HH:MM (e.g. 08:00)", 4, 5),
				stringOption("timezone", "IANA time zone of that time, e.g. Asia/Damascus or Europe/Berlin", 1, 64),
				governorateOption(),
				{Type: optBoolean, Name: "alerts", Description: "Also post an alert for each incident with at least min_killed dead"},
				intOption("min_killed", "Smallest death toll that triggers an alert (default 10)", 1, 10000),
			}},
		{Name: cmdUnsubscribe, Description: "Stop the digest and alerts in this channel.", DefaultMemberPermissions: &manage},
		{Name: cmdSubscriptions, Description: "List this server's digest subscriptions."},
		{Name: cmdSources, Description: "The news feeds, their health and how many reports each gave."},
		{Name: cmdAbout, Description: "What this bot does, how it counts, and data credits."},
	}
	for i := range cmds {
		cmds[i].Type = chatInput
	}
	return cmds
}

func intOption(name, description string, lo, hi int) Option {
	return Option{Type: optInteger, Name: name, Description: description, MinValue: &lo, MaxValue: &hi}
}

func stringOption(name, description string, minLen, maxLen int) Option {
	return Option{Type: optString, Name: name, Description: description, MinLength: &minLen, MaxLength: &maxLen}
}

func governorateOption() Option {
	o := Option{Type: optString, Name: "governorate", Description: "Only this governorate"}
	for _, g := range Governorates {
		o.Choices = append(o.Choices, Choice{Name: g, Value: g})
	}
	return o
}

func periodOption() Option {
	return Option{Type: optString, Name: "period", Description: "How far back (default 24 hours)", Choices: periods}
}

func placeOption(required bool) Option {
	o := stringOption("place", "A town, city or district in Syria", 1, 100)
	o.Required = required
	o.Autocomplete = true
	return o
}
