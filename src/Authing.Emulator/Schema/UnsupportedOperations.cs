using Authing.Emulator.Errors;
using Authing.Emulator.GraphQL.Types;
using static Authing.Emulator.Schema.Args;

namespace Authing.Emulator.Schema;

/// <summary>
/// MFA and LDAP/AD login: in the schema with their seed arguments, answering a business error
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

    /// <summary>LDAP and AD login on the oauth gateway: <c>adConnectorId</c> for AD, <c>clientId</c> for LDAP.</summary>
    public static void AddOAuthMutations(ObjectType mutation, UserTypes userTypes)
        => mutation.AddField(NotSupported(
            "LoginByLDAP",
            userTypes.ExtendUser,
            [.. Strings("adConnectorId", "clientId", "browser", "device"), Arg("username", Str.NonNull()), Arg("password", Str.NonNull())]));

    private static FieldDefinition NotSupported(string name, GraphQLType type, InputValueDefinition[] arguments)
        => Operation(name, type, _ => throw new AuthingException(AuthingErrors.NotSupported(name)), arguments);
}
