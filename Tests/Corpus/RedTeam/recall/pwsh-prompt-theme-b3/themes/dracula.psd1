@{
    Name       = 'dracula'
    Path       = '#BD93F9'
    Git        = '#50FA7B'
    GitDirty   = '#F1FA8C'
    Error      = '#FF5555'
    Duration   = '#6272A4'
    Separator  = ''
    PromptChar = '❯'
}
