using Authing.Emulator.GraphQL.Types;
using Authing.Emulator.Users;
using Authing.Emulator.Verification;
using static Authing.Emulator.Schema.Args;

namespace Authing.Emulator.Schema;

/// <summary>The e-mail operations: reset a forgotten password, verify an address, unbind it.</summary>
internal sealed class AccountOperations(EmailFlows email, UserService users, Access access, UserTypes userTypes, ResultTypes results)
{
    public void AddMutations(ObjectType mutation)
    {
        mutation.AddField(Operation(
            "sendResetPasswordEmail",
            results.CommonMessage,
            async context => await email.SendResetPasswordEmailAsync(context.Text("email"), context.Text("client"), context.CancellationToken).ConfigureAwait(false),
            Arg("email", Str.NonNull()),
            Arg("client", Str.NonNull())));
        mutation.AddField(Operation(
            "verifyResetPasswordVerifyCode",
            results.CommonMessage,
            async context => await email.VerifyResetCodeAsync(context.Text("email"), context.Text("client"), context.Text("verifyCode"), context.CancellationToken).ConfigureAwait(false),
            Arg("email", Str.NonNull()),
            Arg("client", Str.NonNull()),
            Arg("verifyCode", Str.NonNull())));
        mutation.AddField(Operation(
            "changePassword",
            userTypes.ExtendUser,
            async context => await email.ChangePasswordAsync(context.Text("email"), context.Text("client"), context.Text("password"), context.Text("verifyCode"), context.CancellationToken).ConfigureAwait(false),
            Arg("email", Str.NonNull()),
            Arg("client", Str.NonNull()),
            Arg("password", Str.NonNull()),
            Arg("verifyCode", Str.NonNull())));
        mutation.AddField(Operation(
            "sendVerifyEmail",
            results.CommonMessage,
            async context => await email.SendVerifyEmailAsync(context.Text("email"), context.Text("client"), Access.Request(context).BaseUrl, context.CancellationToken).ConfigureAwait(false),
            Arg("email", Str.NonNull()),
            Arg("client", Str.NonNull())));
        mutation.AddField(Operation("unbindEmail", userTypes.ExtendUser, UnbindEmailAsync, Strings("user", "client")));
    }

    private async Task<object?> UnbindEmailAsync(ResolveContext context)
    {
        var (pool, userId) = await access.UserOrOwnerAsync(context, context.Text("user"), context.Text("client")).ConfigureAwait(false);
        return await users.UnbindEmailAsync(pool, userId, context.CancellationToken).ConfigureAwait(false);
    }
}
