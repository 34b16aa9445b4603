namespace Authing.AspNetCore.Admin;

/// <summary>Which Authing client (named after the scheme the admin API was added for) the admin routes proxy through.</summary>
internal sealed record AuthingAdminApiRegistration(string ClientName);
