using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Authing.Emulator.Tests.Infrastructure;

/// <summary>Reads codes the way a person would: from the emulator's outbox over HTTP.</summary>
public static class OutboxReader
{
    public static async Task<string> LatestCodeAsync(this HttpClient client, string to)
    {
        var messages = await client.GetFromJsonAsync<JsonArray>("/__emulator/outbox?to=" + Uri.EscapeDataString(to));
        return (string?)messages?.FirstOrDefault()?["code"] ?? throw new InvalidOperationException("No message was sent to " + to + ".");
    }

    public static async Task<string> LatestBodyAsync(this HttpClient client, string to)
    {
        var messages = await client.GetFromJsonAsync<JsonArray>("/__emulator/outbox?to=" + Uri.EscapeDataString(to));
        return (string?)messages?.FirstOrDefault()?["body"] ?? throw new InvalidOperationException("No message was sent to " + to + ".");
    }
}
