// The lab's only payload: prints a greeting. Nothing else.
console.log("Hello from the obfuscation lab!");
