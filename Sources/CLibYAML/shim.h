// The distribution's libyaml (Debian: libyaml-dev), the one YAML parser citydash uses.
#include <yaml.h>
