using Authing.Emulator.GraphQL.Types;
using Authing.Emulator.Verification;
using static Authing.Emulator.Schema.Args;

namespace Authing.Emulator.Schema;

/// <summary>The Node SDK's <c>checkPhoneCode</c> (its <c>verifyPhoneCode</c>): checks an SMS code with the pool's OwnerToken.</summary>
internal sealed class PhoneCodeOperations(SmsService sms, Access access, ResultTypes results)
{
    public void AddQueries(ObjectType query)
    {
        query.AddField(Operation(
            "checkPhoneCode",
            results.CommonMessage,
            async context => await sms.CheckCodeAsync(
                await access.OwnerAsync(context, context.Text("userPoolId")).ConfigureAwait(false),
                context.Text("phone"),
                context.Text("phoneCode"),
                context.CancellationToken).ConfigureAwait(false),
            Arg("phone", Str.NonNull()),
            Arg("phoneCode", Str.NonNull()),
            Arg("userPoolId", Str.NonNull())));
    }
}
