using Authing.Emulator.GraphQL.Types;
using Authing.Emulator.Verification;
using static Authing.Emulator.Schema.Args;

namespace Authing.Emulator.Schema;

/// <summary>
/// The signed-in user's own contact changes (UserToken): <c>sendChangeEmailVerifyCode</c>, <c>updateEmail</c> and
/// <c>updatePhone</c>, with the arguments of Authing's schema that the Node SDK's <c>updateEmail</c>/<c>updatePhone</c> send.
/// </summary>
internal sealed class ContactOperations(ContactChanges changes, Access access, UserTypes userTypes, ResultTypes results)
{
    public void AddMutations(ObjectType mutation)
    {
        mutation.AddField(Operation(
            "sendChangeEmailVerifyCode",
            results.CommonMessage,
            async context =>
            {
                var (pool, userId) = await access.UserOrOwnerAsync(context, userId: null, context.Text("userPoolId")).ConfigureAwait(false);
                return await changes.SendChangeEmailCodeAsync(pool, userId, context.Text("email"), context.CancellationToken).ConfigureAwait(false);
            },
            Arg("userPoolId", Str.NonNull()),
            Arg("email", Str.NonNull())));
        mutation.AddField(Operation(
            "updateEmail",
            userTypes.ExtendUser,
            async context =>
            {
                var (pool, userId) = await access.UserOrOwnerAsync(context, userId: null, context.Text("userPoolId")).ConfigureAwait(false);
                var change = new ContactChange(context.Text("email"), context.Text("emailCode"), context.Text("oldEmail"), context.Text("oldEmailCode"));
                return await changes.UpdateEmailAsync(pool, userId, change, context.CancellationToken).ConfigureAwait(false);
            },
            [Arg("userPoolId", Str.NonNull()), Arg("email", Str.NonNull()), Arg("emailCode", Str.NonNull()), .. Strings("oldEmail", "oldEmailCode")]));
        mutation.AddField(Operation(
            "updatePhone",
            userTypes.ExtendUser,
            async context =>
            {
                var (pool, userId) = await access.UserOrOwnerAsync(context, userId: null, context.Text("userPoolId")).ConfigureAwait(false);
                var change = new ContactChange(context.Text("phone"), context.Text("phoneCode"), context.Text("oldPhone"), context.Text("oldPhoneCode"));
                return await changes.UpdatePhoneAsync(pool, userId, change, context.CancellationToken).ConfigureAwait(false);
            },
            [Arg("userPoolId", Str.NonNull()), Arg("phone", Str.NonNull()), Arg("phoneCode", Str.NonNull()), .. Strings("oldPhone", "oldPhoneCode")]));
    }
}
