@{
    Name       = 'minimal'
    Path       = '#C0C0C0'
    Git        = '#808080'
    GitDirty   = '#FFFFFF'
    Error      = '#FF5555'
    Duration   = '#808080'
    Separator  = '|'
    PromptChar = '>'
}
