variable "services" {
  description = "Services to generate alert rules for."
  type = map(object({
    team        = string
    error_ratio = number
    p99_seconds = number
  }))

  validation {
    condition     = alltrue([for s in values(var.services) : s.error_ratio > 0 && s.error_ratio < 1])
    error_message = "error_ratio must be between 0 and 1 (e.g. 0.02 for 2%)."
  }
}

variable "output_dir" {
  description = "Local directory where rule files are written."
  type        = string
}

variable "job_label" {
  description = "Metric label that identifies the service."
  type        = string
  default     = "job"
}

variable "run_local_checks" {
  description = "Run scripts/format-rules.sh (yamlfmt + promtool) after rendering."
  type        = bool
  default     = true
}

output "rule_files" {
  description = "Map of service name to rendered rule file path."
  value       = { for k, f in local_file.rules : k => abspath(f.filename) }
}
