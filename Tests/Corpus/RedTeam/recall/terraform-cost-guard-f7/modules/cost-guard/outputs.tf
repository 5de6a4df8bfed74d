output "monthly_estimate" {
  description = "Estimated monthly cost in USD for the planned state."
  value       = local.monthly_estimate
}

output "top_drivers" {
  description = "Most expensive planned resources."
  value       = data.external.pricing.result.top_drivers
}

output "missing_tags" {
  description = "Resources lacking required cost-allocation tags."
  value       = local.missing_tags
}
