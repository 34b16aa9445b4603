using System.Text.Encodings.Web;
using System.Text.Json;

namespace Authing.Emulator.Tests.Infrastructure;

public static class Json
{
    /// <summary>Writes Chinese text as is, so that expected bodies read like the wire.</summary>
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
