package bot

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// syncCommands makes Discord's command set equal Commands(), with one bulk
// overwrite and only when they differ: an unchanged restart writes nothing
// (global command writes are rate limited and slow to propagate).
func (c *restClient) syncCommands(ctx context.Context, appID, guildID string) (changed bool, err error) {
	want := Commands()
	have, err := c.getCommands(ctx, appID, guildID)
	if err != nil {
		return false, fmt.Errorf("bot: fetch registered commands: %w", err)
	}
	if sameCommands(have, want) {
		return false, nil
	}
	if err := c.putCommands(ctx, appID, guildID, want); err != nil {
		return false, fmt.Errorf("bot: register commands: %w", err)
	}
	return true, nil
}

// sameCommands compares definitions in any order, as Discord returns them.
func sameCommands(a, b []Command) bool {
	if len(a) != len(b) {
		return false
	}
	byName := func(x, y Command) int { return strings.Compare(x.Name, y.Name) }
	a, b = slices.Clone(a), slices.Clone(b)
	slices.SortFunc(a, byName)
	slices.SortFunc(b, byName)
	return reflect.DeepEqual(a, b)
}
