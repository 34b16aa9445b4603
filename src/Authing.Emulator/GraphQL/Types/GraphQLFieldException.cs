using System.Text.Json.Nodes;

namespace Authing.Emulator.GraphQL.Types;

/// <summary>
/// An error a resolver reports to the caller. <see cref="ErrorMessage"/> becomes the error's <c>message</c>
/// verbatim: a string, or an object such as Authing's <c>{code, message}</c>.
/// </summary>
public class GraphQLFieldException : Exception
{
    /// <summary>Creates an error whose <c>message</c> is <paramref name="errorMessage"/>.</summary>
    public GraphQLFieldException(JsonNode errorMessage, JsonObject? extensions = null)
        : base(errorMessage.ToJsonString())
    {
        ErrorMessage = errorMessage;
        Extensions = extensions;
    }

    /// <summary>The error's <c>message</c> member.</summary>
    public JsonNode ErrorMessage { get; }

    /// <summary>The error's <c>extensions</c> member, if any.</summary>
    public JsonObject? Extensions { get; }
}
