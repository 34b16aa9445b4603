using System.Text.Json.Nodes;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.Errors;

/// <summary>
/// A business error. Over GraphQL its <c>message</c> is the object <c>{code, message}</c>, as Authing answers.
/// </summary>
public sealed class AuthingException(AuthingError error)
    : GraphQLFieldException(new JsonObject { ["code"] = error.Code, ["message"] = error.Message })
{
    /// <summary>The error.</summary>
    public AuthingError Error { get; } = error;
}
