using System.Text.Json.Serialization;

namespace Authing.Emulator.Outbox;

/// <summary>How a message would have been delivered.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OutboxKind>))]
public enum OutboxKind
{
    /// <summary>A text message to a phone.</summary>
    Sms,

    /// <summary>An e-mail.</summary>
    Email,
}
