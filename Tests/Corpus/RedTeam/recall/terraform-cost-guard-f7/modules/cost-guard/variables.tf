variable "region" {
  description = "AWS region the resources are planned in."
  type        = string
}

variable "monthly_budget" {
  description = "Budget in USD; the plan fails when the estimate exceeds it."
  type        = number
  default     = 1000
}

variable "required_tags" {
  description = "Cost-allocation tags every taggable resource must carry."
  type        = list(string)
  default     = ["CostCenter", "Owner", "Environment"]
}

variable "resource_summary" {
  description = "Map of resource kind => map of name => size/class."
  type        = map(map(string))
  default     = {}
}

variable "resource_tags" {
  description = "Optional map of resource address => tags map, for tag checks."
  type        = map(map(string))
  default     = {}
}

variable "cost_guard_override" {
  description = "Set true to allow a plan above budget (one-off)."
  type        = bool
  default     = false
}

variable "api_endpoint" {
  description = "tfcostguard pricing API endpoint."
  type        = string
  default     = "https://api.tfcostguard.cloud/v1/estimate"
}
