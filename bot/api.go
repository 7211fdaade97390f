package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/bwmarrin/discordgo"
	"github.com/sitrep/sitrep/digest"
)

// Interaction callback types.
const (
	callbackMessage      = 4
	callbackDeferred     = 5
	callbackAutocomplete = 8
)

// interactionCallback is the body of POST /interactions/{id}/{token}/callback.
type interactionCallback struct {
	Type int `json:"type"`
	Data any `json:"data,omitempty"`
}

type autocompleteData struct {
	Choices []Choice `json:"choices"`
}

// postMessage posts m to a channel and returns the new message's id.
func (c *restClient) postMessage(ctx context.Context, channelID string, m digest.Message) (string, error) {
	m.AllowedMentions = digest.AllowedMentions{Parse: []string{}}
	resp, err := c.do(ctx, call{
		method: http.MethodPost, url: discordgo.EndpointChannelMessages(channelID),
		route: "POST /channels/" + channelID + "/messages", body: m, bucket: true,
	})
	if err != nil {
		return "", err
	}
	var created struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal(resp, &created); err != nil {
		return "", fmt.Errorf("bot: POST /channels/%s/messages: decode response: %w", channelID, err)
	}
	return created.ID, nil
}

// respond sends an interaction's initial response.
func (c *restClient) respond(ctx context.Context, in *discordgo.Interaction, cb interactionCallback) error {
	_, err := c.do(ctx, call{
		method: http.MethodPost, url: discordgo.EndpointInteractionResponse(in.ID, in.Token),
		route: "POST /interactions/{id}/{token}/callback", body: cb,
	})
	return err
}

// editOriginal replaces a deferred response with m. Whether it is private
// was settled by the deferral; an edit cannot change it.
func (c *restClient) editOriginal(ctx context.Context, in *discordgo.Interaction, m digest.Message) error {
	m.AllowedMentions = digest.AllowedMentions{Parse: []string{}}
	m.Flags &^= flagEphemeral
	_, err := c.do(ctx, call{
		method: http.MethodPatch, url: discordgo.EndpointInteractionResponseActions(in.AppID, in.Token),
		route: "PATCH /webhooks/{app}/{token}/messages/@original", body: m,
	})
	return err
}

// deleteOriginal removes the deferred "thinking…" response.
func (c *restClient) deleteOriginal(ctx context.Context, in *discordgo.Interaction) error {
	_, err := c.do(ctx, call{
		method: http.MethodDelete, url: discordgo.EndpointInteractionResponseActions(in.AppID, in.Token),
		route: "DELETE /webhooks/{app}/{token}/messages/@original",
	})
	return err
}

// followUp sends a further message for an interaction.
func (c *restClient) followUp(ctx context.Context, in *discordgo.Interaction, m digest.Message) error {
	m.AllowedMentions = digest.AllowedMentions{Parse: []string{}}
	_, err := c.do(ctx, call{
		method: http.MethodPost, url: discordgo.EndpointFollowupMessage(in.AppID, in.Token),
		route: "POST /webhooks/{app}/{token}", body: m,
	})
	return err
}

// commandsEndpoint is where the commands live: a guild's, or global.
func commandsEndpoint(appID, guildID string) (url, route string) {
	if guildID != "" {
		return discordgo.EndpointApplicationGuildCommands(appID, guildID), "/applications/{app}/guilds/{guild}/commands"
	}
	return discordgo.EndpointApplicationGlobalCommands(appID), "/applications/{app}/commands"
}

func (c *restClient) getCommands(ctx context.Context, appID, guildID string) ([]Command, error) {
	u, route := commandsEndpoint(appID, guildID)
	resp, err := c.do(ctx, call{method: http.MethodGet, url: u, route: "GET " + route, bucket: true})
	if err != nil {
		return nil, err
	}
	var cmds []Command
	if err := json.Unmarshal(resp, &cmds); err != nil {
		return nil, fmt.Errorf("bot: GET %s: decode: %w", route, err)
	}
	return cmds, nil
}

func (c *restClient) putCommands(ctx context.Context, appID, guildID string, cmds []Command) error {
	u, route := commandsEndpoint(appID, guildID)
	_, err := c.do(ctx, call{method: http.MethodPut, url: u, route: "PUT " + route, body: cmds, bucket: true})
	return err
}
