using Authing.Emulator.Formats;
using Authing.Emulator.GraphQL.Types;
using Authing.Emulator.Ldap;
using static Authing.Emulator.Schema.Args;

namespace Authing.Emulator.Schema;

/// <summary>
/// <c>LoginByLDAP</c> on the oauth gateway: with <c>adConnectorId</c> an AD login, otherwise an LDAP login to the pool
/// <c>clientId</c>. No token is needed; the password travels as the user typed it, since the directory binds with it.
/// </summary>
internal sealed class DirectoryOperations(DirectoryLogins logins, UserTypes userTypes)
{
    public void AddOAuthMutations(ObjectType mutation)
        => mutation.AddField(Operation(
            "LoginByLDAP",
            userTypes.ExtendUser,
            LoginAsync,
            [.. Strings("adConnectorId", "clientId", "browser", "device"), Arg("username", Str.NonNull()), Arg("password", Str.NonNull())]));

    private async Task<object?> LoginAsync(ResolveContext context)
    {
        var client = new DirectoryClient(Access.Request(context).RemoteIp, context.Text("browser"), context.Text("device"));
        return InputRules.Optional(context.Text("adConnectorId")) is { } connectorId
            ? await logins.LoginByAdAsync(connectorId, context.Text("username"), context.Text("password"), client, context.CancellationToken).ConfigureAwait(false)
            : await logins.LoginByLdapAsync(context.Text("clientId"), context.Text("username"), context.Text("password"), client, context.CancellationToken).ConfigureAwait(false);
    }
}
