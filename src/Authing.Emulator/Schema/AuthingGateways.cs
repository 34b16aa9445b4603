using Authing.Emulator.Configuration;
using Authing.Emulator.GraphQL.Types;
using Authing.Emulator.Invitations;
using Authing.Emulator.Mfa;
using Authing.Emulator.Ldap;
using Authing.Emulator.Oidc;
using Authing.Emulator.Pools;
using Authing.Emulator.Social;
using Authing.Emulator.Tokens;
using Authing.Emulator.Users;
using Authing.Emulator.Verification;
using Microsoft.Extensions.Options;

namespace Authing.Emulator.Schema;

/// <summary>The two Authing GraphQL schemas: the users gateway (<c>/graphql</c>) and the oauth gateway (<c>/oauth/graphql</c>).</summary>
public sealed class AuthingGateways
{
    internal AuthingGateways(IServiceProvider services)
    {
        var tokens = services.GetRequiredService<TokenService>();
        var users = services.GetRequiredService<UserService>();
        var pools = services.GetRequiredService<UserPoolDirectory>();
        var access = new Access(tokens);
        var userTypes = new UserTypes(users);
        var results = new ResultTypes(userTypes, services.GetRequiredService<IOptions<EmulatorOptions>>().Value.OwnerTokenLifetime);
        var userOperations = new UserOperations(users, pools, tokens, access, userTypes, results);
        var accountOperations = new AccountOperations(services.GetRequiredService<EmailFlows>(), users, access, userTypes, results);
        var contactOperations = new ContactOperations(services.GetRequiredService<ContactChanges>(), access, userTypes, results);
        var socialOperations = new SocialOperations(services.GetRequiredService<SocialService>(), pools, access, results);
        var invitationOperations = new InvitationOperations(services.GetRequiredService<InvitationService>(), access, results);
        var mfaOperations = new MfaOperations(services.GetRequiredService<MfaService>(), access);
        var phoneCodeOperations = new PhoneCodeOperations(services.GetRequiredService<SmsService>(), access, results);
        var oidcOperations = new OidcOperations(services.GetRequiredService<OidcGrants>(), services.GetRequiredService<OidcAppDirectory>(), access);

        var query = new ObjectType("Query");
        var mutation = new ObjectType("Mutation");
        userOperations.AddQueries(query);
        invitationOperations.AddQueries(query);
        mfaOperations.AddQueries(query);
        phoneCodeOperations.AddQueries(query);
        oidcOperations.AddQueries(query);
        userOperations.AddMutations(mutation);
        accountOperations.AddMutations(mutation);
        contactOperations.AddMutations(mutation);
        socialOperations.AddMutations(mutation);
        invitationOperations.AddMutations(mutation);
        mfaOperations.AddMutations(mutation);
        oidcOperations.AddMutations(mutation);
        Users = new GraphQLSchema(query, mutation);

        var oauthQuery = new ObjectType("Query");
        var oauthMutation = new ObjectType("Mutation");
        socialOperations.AddOAuthQueries(oauthQuery);
        new DirectoryOperations(services.GetRequiredService<DirectoryLogins>(), userTypes).AddOAuthMutations(oauthMutation);
        OAuth = new GraphQLSchema(oauthQuery, oauthMutation);
    }

    /// <summary>The users gateway's schema.</summary>
    public GraphQLSchema Users { get; }

    /// <summary>The oauth gateway's schema.</summary>
    public GraphQLSchema OAuth { get; }
}
