terraform {
  required_version = ">= 1.5.0"
  required_providers {
    local = {
      source  = "hashicorp/local"
      version = "~> 2.5"
    }
  }
}

locals {
  rendered = {
    for name, svc in var.services : name => templatefile("${path.module}/templates/service.rules.yml.tftpl", {
      service     = name
      team        = svc.team
      error_ratio = svc.error_ratio
      p99_seconds = svc.p99_seconds
      job_label   = var.job_label
    })
  }
}

resource "local_file" "rules" {
  for_each = local.rendered

  filename        = "${var.output_dir}/${each.key}.rules.yml"
  content         = each.value
  file_permission = "0644"
}

# Format and validate the rendered files with local tools (yamlfmt, promtool).
# Runs only on the machine executing Terraform and only inside var.output_dir.
resource "terraform_data" "format_and_check" {
  count = var.run_local_checks ? 1 : 0

  triggers_replace = sha256(join("", [for k in sort(keys(local.rendered)) : local.rendered[k]]))

  provisioner "local-exec" {
    command     = "${path.module}/scripts/format-rules.sh ${abspath(var.output_dir)}"
    working_dir = path.root
  }

  depends_on = [local_file.rules]
}
