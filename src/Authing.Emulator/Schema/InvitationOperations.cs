using Authing.Emulator.GraphQL.Types;
using Authing.Emulator.Invitations;
using static Authing.Emulator.Schema.Args;

namespace Authing.Emulator.Schema;

/// <summary>The five phone-whitelist ("invitation") operations; all need the pool's OwnerToken.</summary>
internal sealed class InvitationOperations(InvitationService invitations, Access access, ResultTypes results)
{
    public void AddQueries(ObjectType query)
    {
        query.AddField(Operation(
            "queryInvitationState",
            results.InvitationState,
            async context => await invitations.GetStateAsync(await access.OwnerAsync(context, context.Text("client")).ConfigureAwait(false), context.CancellationToken).ConfigureAwait(false),
            Arg("client", Str.NonNull())));
        query.AddField(Operation(
            "queryInvitation",
            results.InvitedPhone.List(),
            async context => await invitations.ListAsync(await access.OwnerAsync(context, context.Text("client")).ConfigureAwait(false), context.CancellationToken).ConfigureAwait(false),
            Arg("client", Str.NonNull())));
    }

    public void AddMutations(ObjectType mutation)
    {
        mutation.AddField(Operation(
            "setInvitationState",
            results.InvitationState,
            async context => await invitations.SetStateAsync(
                await access.OwnerAsync(context, context.Text("client")).ConfigureAwait(false),
                context.GetArgument<bool?>("enableQrCode"),
                context.CancellationToken).ConfigureAwait(false),
            Arg("client", Str.NonNull()),
            Arg("enableQrCode", Bool)));
        mutation.AddField(Operation(
            "addToInvitation",
            results.InvitedPhone,
            async context => await invitations.AddAsync(await access.OwnerAsync(context, context.Text("client")).ConfigureAwait(false), context.Text("qrCodePhone"), context.CancellationToken).ConfigureAwait(false),
            Arg("client", Str.NonNull()),
            Arg("qrCodePhone", Str)));
        mutation.AddField(Operation(
            "removeFromInvitation",
            results.InvitedPhone,
            async context => await invitations.RemoveAsync(await access.OwnerAsync(context, context.Text("client")).ConfigureAwait(false), context.Text("qrCodePhone"), context.CancellationToken).ConfigureAwait(false),
            Arg("client", Str.NonNull()),
            Arg("qrCodePhone", Str)));
    }
}
