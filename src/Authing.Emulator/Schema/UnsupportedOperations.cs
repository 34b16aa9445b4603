using Authing.Emulator.Errors;
using Authing.Emulator.GraphQL.Types;
using static Authing.Emulator.Schema.Args;

namespace Authing.Emulator.Schema;

/// <summary>
/// MFA: in the schema with its seed arguments, answering a business error
/// that says the emulator does not support them yet.
/// </summary>
internal static class UnsupportedOperations
{
    public static void AddQueries(ObjectType query)
    {
        query.AddField(NotSupported("queryMFA", UnsupportedTypes.Mfa, [.. Strings("_id", "userId", "userPoolId"), Arg("page", Int), Arg("count", Int)]));
    }

    public static void AddMutations(ObjectType mutation)
    {
        mutation.AddField(NotSupported("changeMFA", UnsupportedTypes.Mfa, [.. Strings("_id", "userId", "userPoolId"), Arg("enable", Bool.NonNull()), Arg("refreshKey", Bool)]));
    }

    private static FieldDefinition NotSupported(string name, GraphQLType type, InputValueDefinition[] arguments)
        => Operation(name, type, _ => throw new AuthingException(AuthingErrors.NotSupported(name)), arguments);
}
